package org.throughline.program;

import java.util.List;
import org.throughline.shared.RuleViolation;

/** The rules of template content, enforced by the service before anything is saved. Plain Java. */
public final class TemplateRules {

    public static final int MAX_SESSIONS = 52;
    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 240;
    public static final int MAX_CADENCE_DAYS = 120;
    public static final int MAX_SHORT_TEXT = 200;
    public static final int MAX_LONG_TEXT = 1000;
    public static final int MAX_QUESTIONS = 20;

    private TemplateRules() {}

    /** Refuses content that may not even be saved as a draft. */
    public static void checkDraft(TemplateContent c) {
        range(c.getSessionCount(), 1, MAX_SESSIONS, "template.sessionCount");
        range(c.getSessionMinutes(), MIN_MINUTES, MAX_MINUTES, "template.sessionMinutes");
        range(c.getCadenceDays(), 1, MAX_CADENCE_DAYS, "template.cadenceDays");
        range(c.getClosingSession(), 1, c.getSessionCount(), "template.closingSession");
        range(c.getMidpointSession(), 1, c.getClosingSession(), "template.midpointSession");
        length(c.getNormChannel(), MAX_SHORT_TEXT, "template.normChannel");
        length(c.getNormResponseTime(), MAX_SHORT_TEXT, "template.normResponseTime");
        length(c.getNormIncluded(), MAX_LONG_TEXT, "template.normIncluded");
        length(c.getNormExcluded(), MAX_LONG_TEXT, "template.normExcluded");
        length(c.getNormEscalation(), MAX_LONG_TEXT, "template.normEscalation");
        for (QuestionSet set : QuestionSet.values()) {
            List<String> questions = c.questions(set);
            if (questions.size() > MAX_QUESTIONS) {
                throw new RuleViolation("template.tooManyQuestions", MAX_QUESTIONS);
            }
            for (String question : questions) {
                if (question == null || question.isBlank()) {
                    throw new RuleViolation("template.questionEmpty");
                }
                length(question, TemplateQuestion.MAX_TEXT, "template.question");
            }
        }
    }

    /** Refuses content that may be a draft but not be published. */
    public static void checkPublishable(TemplateContent c) {
        checkDraft(c);
        for (QuestionSet set : QuestionSet.values()) {
            if (c.questions(set).isEmpty()) {
                throw new RuleViolation("template.questionSetEmpty." + set.name());
            }
        }
        if (isBlank(c.getNormChannel()) || isBlank(c.getNormResponseTime())) {
            throw new RuleViolation("template.normIncomplete");
        }
    }

    /** A required, trimmed name of at most {@code max} characters. */
    public static String name(String name, int max) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new RuleViolation("program.nameRequired");
        }
        if (trimmed.length() > max) {
            throw new RuleViolation("program.nameTooLong", max);
        }
        return trimmed;
    }

    static void length(String text, int max, String field) {
        if (text != null && text.length() > max) {
            throw new RuleViolation(field + ".tooLong", max);
        }
    }

    private static void range(Integer value, int min, Integer max, String field) {
        if (value == null || max == null || value < min || value > max) {
            throw new RuleViolation(field + ".outOfRange", min, max == null ? min : max);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
