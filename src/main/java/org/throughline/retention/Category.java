package org.throughline.retention;

import java.util.EnumSet;
import java.util.Set;
import org.throughline.audit.AuditEntry.RecordType;
import org.throughline.retention.RetentionRule.Disposal;
import org.throughline.retention.RetentionRule.StartEvent;

/**
 * The kinds of record a retention rule applies to, each with the events its period may start from
 * and what may be done at its end. Accounts and audit entries are referred to by other records, so
 * an account is only ever anonymised and an audit entry only ever deleted (oldest first).
 */
public enum Category {
    SESSION_NOTES(RecordType.SESSION, engagementBound(), both()),
    ACTIONS(RecordType.ACTION, engagementBound(), both()),
    FEEDBACK(RecordType.FEEDBACK, engagementBound(), both()),
    REFLECTIONS(RecordType.REFLECTION, EnumSet.of(StartEvent.RECORD_CREATED), both()),
    DEVELOPMENT_NOTES(RecordType.DEVELOPMENT_NOTE, EnumSet.of(StartEvent.RECORD_CREATED), both()),
    RECAP_RECORDS(RecordType.RECAP_SEND, engagementBound(), both()),
    AUDIT_ENTRIES(RecordType.AUDIT_ENTRY, EnumSet.of(StartEvent.RECORD_CREATED), EnumSet.of(Disposal.DELETE)),
    DEACTIVATED_ACCOUNTS(
            RecordType.ACCOUNT, EnumSet.of(StartEvent.ACCOUNT_DEACTIVATED), EnumSet.of(Disposal.ANONYMISE)),
    CLIENT_RECORDS(RecordType.CLIENT, EnumSet.of(StartEvent.ENGAGEMENT_CLOSED), both());

    private final RecordType recordType;
    private final Set<StartEvent> startEvents;
    private final Set<Disposal> disposals;

    Category(RecordType recordType, Set<StartEvent> startEvents, Set<Disposal> disposals) {
        this.recordType = recordType;
        this.startEvents = startEvents;
        this.disposals = disposals;
    }

    /** How the audit trail names a record of this category. */
    public RecordType recordType() {
        return recordType;
    }

    public Set<StartEvent> startEvents() {
        return EnumSet.copyOf(startEvents);
    }

    public Set<Disposal> disposals() {
        return EnumSet.copyOf(disposals);
    }

    private static Set<StartEvent> engagementBound() {
        return EnumSet.of(StartEvent.ENGAGEMENT_CLOSED, StartEvent.RECORD_CREATED);
    }

    private static Set<Disposal> both() {
        return EnumSet.of(Disposal.ANONYMISE, Disposal.DELETE);
    }
}
