package org.throughline.retention.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.throughline.retention.Category;
import org.throughline.retention.CategoryPreview;
import org.throughline.retention.ErasureRow;
import org.throughline.retention.ErasureService;
import org.throughline.retention.HoldRow;
import org.throughline.retention.PurgeSchedule;
import org.throughline.retention.PurgeService;
import org.throughline.retention.RetentionRule;
import org.throughline.retention.RetentionService;
import org.throughline.retention.RetentionSettings;
import org.throughline.retention.RunRow;
import org.throughline.retention.SubjectAccessRequests;
import org.throughline.retention.SubjectAccessRow;
import org.throughline.shared.Label;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;

/** Retention for administrators: rules with what is due, the purge and its receipts, holds, erasure requests. */
@Named
@ViewScoped
public class RetentionPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RUNS = 20;

    @Inject
    private RetentionService retention;

    @Inject
    private PurgeService purge;

    @Inject
    private ErasureService erasures;

    @Inject
    private PurgeSchedule schedule;

    @Inject
    private SubjectAccessRequests subjectAccess;

    private transient List<CategoryPreview> preview;
    private transient List<RunRow> runs;
    private transient List<HoldRow> holds;
    private transient List<ErasureRow> requests;
    private transient List<SubjectAccessRow> accessRequests;
    private transient RetentionSettings settings;
    /** The version of the settings the form was filled from (kept when the view moves). */
    private Long settingsVersion;

    private Boolean running;
    private int warningDays;
    private int graceDays;

    private Category editing;
    private long editingVersion;
    private Integer months;
    private RetentionRule.StartEvent startEvent;
    private RetentionRule.Disposal disposal;

    public List<CategoryPreview> getPreview() {
        if (preview == null) {
            preview = retention.preview();
        }
        return preview;
    }

    /** How many records reach their end within the warning days, all categories together. */
    public long getDueSoon() {
        return getPreview().stream().mapToLong(CategoryPreview::getDueSoon).sum();
    }

    public long getDueNow() {
        return getPreview().stream().mapToLong(CategoryPreview::getDueNow).sum();
    }

    public List<RunRow> getRuns() {
        if (runs == null) {
            runs = retention.runs(RUNS);
        }
        return runs;
    }

    public List<HoldRow> getHolds() {
        if (holds == null) {
            holds = retention.holds();
        }
        return holds;
    }

    public List<ErasureRow> getRequests() {
        if (requests == null) {
            requests = erasures.open();
        }
        return requests;
    }

    /** Subject access requests waiting for approval, the nearest deadline first. */
    public List<SubjectAccessRow> getAccessRequests() {
        if (accessRequests == null) {
            accessRequests = subjectAccess.waiting();
        }
        return accessRequests;
    }

    public String deadline(SubjectAccessRow row) {
        return Deadline.label(row.daysLeft(subjectAccess.today()));
    }

    public boolean overdue(SubjectAccessRow row) {
        Long left = row.daysLeft(subjectAccess.today());
        return left != null && left < 0;
    }

    public String erasureDeadline(ErasureRow row) {
        return Deadline.label(row.daysLeft(subjectAccess.today()));
    }

    public RetentionSettings getSettings() {
        if (settings == null) {
            settings = retention.settings();
            if (settingsVersion == null) { // first shown: the form starts from the saved values
                settingsVersion = settings.getVersion();
                warningDays = settings.getWarningDays();
                graceDays = settings.getErasureGraceDays();
            }
        }
        return settings;
    }

    /** The kinds of record a run could not finish, as the page names them. */
    public String failedText(RunRow row) {
        return row.getRun().getFailed().stream()
                .map(category -> Messages.text("category." + category))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public String getPurgeTime() {
        return schedule.getTime().toString();
    }

    public void edit(Category category) {
        RetentionRule rule = getPreview().stream()
                .filter(p -> p.getCategory() == category)
                .findFirst()
                .orElseThrow()
                .getRule();
        editing = category;
        editingVersion = rule.getVersion();
        months = rule.getMonths();
        startEvent = rule.getStartEvent();
        disposal = rule.getDisposal();
    }

    public void saveRule() {
        try {
            if (months == null) {
                throw new RuleViolation("retention.monthsRange", 1, RetentionRule.MAX_MONTHS);
            }
            boolean waits = retention.saveRule(editing, editingVersion, months, startEvent, disposal);
            preview = null;
            Messages.info(waits ? "retention.ruleWaits" : "retention.ruleSaved", new Label("category." + editing));
            PrimeFaces.current().executeScript("PF('ruleDialog').hide()");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    /** A refused approval shows its rule's message (PageExceptionHandlerFactory). */
    public void approveChange(CategoryPreview row) {
        preview = null;
        retention.approveRuleChange(row.getCategory(), row.getRule().getVersion());
        Messages.info("retention.changeApproved", new Label("category." + row.getCategory()));
    }

    public void discardChange(CategoryPreview row) {
        preview = null;
        retention.discardRuleChange(row.getCategory(), row.getRule().getVersion());
        Messages.info("retention.changeDiscarded", new Label("category." + row.getCategory()));
    }

    public void saveSettings() {
        try {
            getSettings();
            settings = retention.saveSettings(settingsVersion, warningDays, graceDays);
            settingsVersion = settings.getVersion();
            preview = null;
            Messages.info("retention.settingsSaved");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    /** Starts a run in the background; the page shows that it runs, and its receipts once it is over. */
    public void runNow() {
        if (retention.purgeRunning()) {
            Messages.warn("purge.busy");
            return;
        }
        purge.start();
        running = true;
        Messages.info("purge.started");
    }

    /** Reads everything again, for the "Refresh" button while a run goes on. */
    public void refresh() {
        preview = null;
        runs = null;
        requests = null;
        accessRequests = null;
        running = null;
    }

    public boolean isRunning() {
        if (running == null) {
            running = retention.purgeRunning();
        }
        return running;
    }

    public void approve(ErasureRow row) {
        try {
            erasures.approve(row.getRequest().getId(), row.getRequest().getVersion());
            Messages.info("erasure.approved", row.getRequest().getPseudonym());
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
        requests = null;
    }

    public void withdraw(ErasureRow row) {
        try {
            erasures.withdraw(row.getRequest().getId(), row.getRequest().getVersion());
            Messages.info("erasure.withdrawn", row.getRequest().getPseudonym());
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
        requests = null;
    }

    public List<RetentionRule.StartEvent> getStartEvents() {
        return editing == null ? List.of() : List.copyOf(editing.startEvents());
    }

    public List<RetentionRule.Disposal> getDisposals() {
        return editing == null ? List.of() : List.copyOf(editing.disposals());
    }

    public Category getEditing() {
        return editing;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public RetentionRule.StartEvent getStartEvent() {
        return startEvent;
    }

    public void setStartEvent(RetentionRule.StartEvent startEvent) {
        this.startEvent = startEvent;
    }

    public RetentionRule.Disposal getDisposal() {
        return disposal;
    }

    public void setDisposal(RetentionRule.Disposal disposal) {
        this.disposal = disposal;
    }

    public int getWarningDays() {
        getSettings();
        return warningDays;
    }

    public void setWarningDays(int warningDays) {
        this.warningDays = warningDays;
    }

    public int getGraceDays() {
        getSettings();
        return graceDays;
    }

    public void setGraceDays(int graceDays) {
        this.graceDays = graceDays;
    }
}
