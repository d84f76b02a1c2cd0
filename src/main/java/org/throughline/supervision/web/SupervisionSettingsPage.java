package org.throughline.supervision.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;
import org.throughline.shared.web.PagedRows;
import org.throughline.supervision.CoachHours;
import org.throughline.supervision.DevelopmentTheme;
import org.throughline.supervision.SupervisionLogService;
import org.throughline.supervision.SupervisionRequirement;
import org.throughline.supervision.ThemeService;

/** For administrators: the supervision requirement, who falls short of it, and the development themes. */
@Named
@ViewScoped
public class SupervisionSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupervisionLogService log;

    @Inject
    private ThemeService themes;

    private Integer minHoursPerYear;
    private Integer coachingHoursPerHour;
    private String newTheme;
    /** Every coach's hours, a page at a time; made again after this view moved to another instance. */
    private transient LazyDataModel<CoachHours> hours;

    private transient List<DevelopmentTheme> themeRows;

    @jakarta.annotation.PostConstruct
    void load() {
        SupervisionRequirement rule = log.requirement();
        minHoursPerYear = rule.getMinHoursPerYear();
        coachingHoursPerHour = rule.getCoachingHoursPerHour();
    }

    public void saveRequirement() {
        try {
            log.changeRequirement(minHoursPerYear, coachingHoursPerHour);
            hours = null;
            Messages.info("supervisionRequirement.saved");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public void addTheme() {
        try {
            themes.add(newTheme);
            newTheme = null;
            themeRows = null;
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public void toggle(DevelopmentTheme theme) {
        themes.setActive(theme.getId(), !theme.isActive());
        themeRows = null;
    }

    public LazyDataModel<CoachHours> getHours() {
        if (hours == null) {
            hours = new PagedRows<>(log::coachCount, log::allCoachesHours, CoachHours::getCoachId);
        }
        return hours;
    }

    public List<DevelopmentTheme> getThemes() {
        if (themeRows == null) {
            themeRows = themes.all();
        }
        return themeRows;
    }

    public Integer getMinHoursPerYear() {
        return minHoursPerYear;
    }

    public void setMinHoursPerYear(Integer minHoursPerYear) {
        this.minHoursPerYear = minHoursPerYear;
    }

    public Integer getCoachingHoursPerHour() {
        return coachingHoursPerHour;
    }

    public void setCoachingHoursPerHour(Integer coachingHoursPerHour) {
        this.coachingHoursPerHour = coachingHoursPerHour;
    }

    public String getNewTheme() {
        return newTheme;
    }

    public void setNewTheme(String newTheme) {
        this.newTheme = newTheme;
    }
}
