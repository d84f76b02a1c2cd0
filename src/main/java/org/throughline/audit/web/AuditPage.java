package org.throughline.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.throughline.audit.AuditEntry;
import org.throughline.audit.AuditProblem;
import org.throughline.audit.AuditRow;
import org.throughline.audit.AuditTrail;
import org.throughline.audit.AuditVerification;
import org.throughline.shared.web.Messages;
import org.throughline.shared.web.PagedRows;

/** The audit trail, newest first, filtered in the database; "verify" checks every entry and sealed block. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail audit;

    private AuditEntry.Action action;
    private AuditEntry.RecordType recordType;
    private Long engagementId;
    private AuditVerification verification;

    /** The rows of the table, made again after this view moved to another instance. */
    private transient LazyDataModel<AuditRow> model;

    private boolean capped;

    public void verify() {
        verification = audit.verify();
        if (verification.isIntact()) {
            Messages.info("audit.intact", verification.sealedEntries(), verification.blocks(), verification.waiting());
        } else {
            Messages.error("audit.broken", verification.problems().size());
        }
    }

    /** The problems the last "verify" found (none before it ran). */
    public List<AuditProblem> getProblems() {
        return verification == null ? List.of() : verification.problems();
    }

    /** The newest sealed block as the last "verify" saw it, for an auditor to note: "#id, hash, when". */
    public AuditVerification getVerification() {
        return verification;
    }

    public String getNewestBlock() {
        return verification == null || verification.newestBlockId() == null
                ? null
                : "#" + verification.newestBlockId() + " · " + verification.newestBlockHash();
    }

    /** A filtered list is counted up to this many entries (the whole trail is counted from its blocks). */
    static final int MOST_COUNTED = 10_000;

    /** More entries match the filter than were counted: only the newest can be paged to. */
    public boolean isCapped() {
        return capped;
    }

    public int getMostCounted() {
        return MOST_COUNTED;
    }

    public LazyDataModel<AuditRow> getModel() {
        if (model == null) {
            model = new PagedRows<>(
                    () -> {
                        long count = audit.count(action, recordType, engagementId, MOST_COUNTED + 1);
                        capped = count > MOST_COUNTED;
                        return Math.min(count, MOST_COUNTED);
                    },
                    (first, size) -> audit.list(action, recordType, engagementId, first, size),
                    row -> row.getEntry().getId());
        }
        return model;
    }

    public AuditEntry.Action[] getActions() {
        return AuditEntry.Action.values();
    }

    public AuditEntry.RecordType[] getRecordTypes() {
        return AuditEntry.RecordType.values();
    }

    public AuditEntry.Action getAction() {
        return action;
    }

    public void setAction(AuditEntry.Action action) {
        this.action = action;
    }

    public AuditEntry.RecordType getRecordType() {
        return recordType;
    }

    public void setRecordType(AuditEntry.RecordType recordType) {
        this.recordType = recordType;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public void setEngagementId(Long engagementId) {
        this.engagementId = engagementId;
    }
}
