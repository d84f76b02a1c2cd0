package org.throughline.program;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a template version says, as the editor holds it before saving. {@link TemplateRules}
 * decides whether it may be saved or published.
 */
public class TemplateContent implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer sessionCount;
    private Integer sessionMinutes;
    private Integer cadenceDays;
    private Integer midpointSession;
    private Integer closingSession;
    private String normChannel;
    private String normResponseTime;
    private String normIncluded;
    private String normExcluded;
    private String normEscalation;
    private boolean recapOffered = true;
    private final Map<QuestionSet, List<String>> questions = new EnumMap<>(QuestionSet.class);

    public TemplateContent() {
        for (QuestionSet set : QuestionSet.values()) {
            questions.put(set, new ArrayList<>());
        }
    }

    /** The questions of one set, in order; the list may be changed in place. */
    public List<String> questions(QuestionSet set) {
        return questions.get(set);
    }

    public Integer getSessionCount() {
        return sessionCount;
    }

    public void setSessionCount(Integer sessionCount) {
        this.sessionCount = sessionCount;
    }

    public Integer getSessionMinutes() {
        return sessionMinutes;
    }

    public void setSessionMinutes(Integer sessionMinutes) {
        this.sessionMinutes = sessionMinutes;
    }

    public Integer getCadenceDays() {
        return cadenceDays;
    }

    public void setCadenceDays(Integer cadenceDays) {
        this.cadenceDays = cadenceDays;
    }

    public Integer getMidpointSession() {
        return midpointSession;
    }

    public void setMidpointSession(Integer midpointSession) {
        this.midpointSession = midpointSession;
    }

    public Integer getClosingSession() {
        return closingSession;
    }

    public void setClosingSession(Integer closingSession) {
        this.closingSession = closingSession;
    }

    public String getNormChannel() {
        return normChannel;
    }

    public void setNormChannel(String normChannel) {
        this.normChannel = normChannel;
    }

    public String getNormResponseTime() {
        return normResponseTime;
    }

    public void setNormResponseTime(String normResponseTime) {
        this.normResponseTime = normResponseTime;
    }

    public String getNormIncluded() {
        return normIncluded;
    }

    public void setNormIncluded(String normIncluded) {
        this.normIncluded = normIncluded;
    }

    public String getNormExcluded() {
        return normExcluded;
    }

    public void setNormExcluded(String normExcluded) {
        this.normExcluded = normExcluded;
    }

    public String getNormEscalation() {
        return normEscalation;
    }

    public void setNormEscalation(String normEscalation) {
        this.normEscalation = normEscalation;
    }

    public boolean isRecapOffered() {
        return recapOffered;
    }

    public void setRecapOffered(boolean recapOffered) {
        this.recapOffered = recapOffered;
    }
}
