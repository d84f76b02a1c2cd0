package org.throughline.supervision.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;
import org.throughline.supervision.CoachHours;
import org.throughline.supervision.SupervisionLogService;
import org.throughline.supervision.SupervisionTime;

/** The supervisor's log: record supervision time, and each coach's hours against the requirement. */
@Named
@ViewScoped
public class SupervisionLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupervisionLogService log;

    private Long coachId;
    private LocalDate heldOn = LocalDate.now();
    private Integer minutes = 60;
    private SupervisionTime.Kind kind = SupervisionTime.Kind.INDIVIDUAL;
    private transient List<CoachHours> hours;
    private transient List<SupervisionTime> entries;

    public void record() {
        try {
            log.record(coachId == null ? -1 : coachId, heldOn, minutes, kind);
            hours = null;
            entries = null;
            Messages.info("supervisionLog.recorded");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public List<CoachHours> getHours() {
        if (hours == null) {
            hours = log.myCoachesHours();
        }
        return hours;
    }

    public List<SupervisionTime> getEntries() {
        if (entries == null) {
            entries = log.myEntries();
        }
        return entries;
    }

    public SupervisionTime.Kind[] getKinds() {
        return SupervisionTime.Kind.values();
    }

    public Long getCoachId() {
        return coachId;
    }

    public void setCoachId(Long coachId) {
        this.coachId = coachId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public SupervisionTime.Kind getKind() {
        return kind;
    }

    public void setKind(SupervisionTime.Kind kind) {
        this.kind = kind;
    }
}
