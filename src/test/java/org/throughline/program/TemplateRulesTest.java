package org.throughline.program;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.throughline.shared.RuleViolation;

class TemplateRulesTest {

    private static TemplateContent valid() {
        TemplateContent c = DefaultTemplate.content();
        c.setSessionCount(4);
        c.setClosingSession(4);
        c.setMidpointSession(2);
        return c;
    }

    private static String refusal(Consumer<TemplateContent> change) {
        TemplateContent c = valid();
        change.accept(c);
        return assertThrows(RuleViolation.class, () -> TemplateRules.checkPublishable(c))
                .getMessageKey();
    }

    @Test
    void theDefaultTemplateIsPublishable() {
        assertDoesNotThrow(() -> TemplateRules.checkPublishable(DefaultTemplate.content()));
        assertEquals(3, DefaultTemplate.content().getMidpointSession());
        assertEquals(6, DefaultTemplate.content().getClosingSession());
    }

    @Test
    void sessionCountMustBeOneToFiftyTwo() {
        assertEquals("template.sessionCount.outOfRange", refusal(c -> c.setSessionCount(0)));
        assertEquals("template.sessionCount.outOfRange", refusal(c -> c.setSessionCount(53)));
        assertEquals("template.sessionCount.outOfRange", refusal(c -> c.setSessionCount(null)));
        TemplateContent fiftyTwo = valid();
        fiftyTwo.setSessionCount(52);
        assertDoesNotThrow(() -> TemplateRules.checkPublishable(fiftyTwo));
    }

    @Test
    void midpointMustLieBetweenTheFirstAndTheClosingSession() {
        assertEquals("template.midpointSession.outOfRange", refusal(c -> c.setMidpointSession(0)));
        assertEquals("template.midpointSession.outOfRange", refusal(c -> c.setMidpointSession(5)));
        assertEquals("template.closingSession.outOfRange", refusal(c -> c.setClosingSession(5)));
    }

    @Test
    void lengthsAndTimesAreBounded() {
        assertEquals("template.sessionMinutes.outOfRange", refusal(c -> c.setSessionMinutes(5)));
        assertEquals("template.cadenceDays.outOfRange", refusal(c -> c.setCadenceDays(-3)));
        assertEquals("template.normIncluded.tooLong", refusal(c -> c.setNormIncluded("x".repeat(10_000))));
        assertEquals("template.question.tooLong", refusal(c -> c.questions(QuestionSet.OPENING_CHECK_IN)
                .add("q".repeat(501))));
        assertEquals("template.questionEmpty", refusal(c -> c.questions(QuestionSet.CLOSING_REFLECTION)
                .add("  ")));
    }

    @Test
    void publishingNeedsAQuestionInEverySetButADraftDoesNot() {
        TemplateContent c = valid();
        c.questions(QuestionSet.MIDPOINT_FEEDBACK).clear();
        assertDoesNotThrow(() -> TemplateRules.checkDraft(c));
        assertEquals(
                "template.questionSetEmpty.MIDPOINT_FEEDBACK",
                assertThrows(RuleViolation.class, () -> TemplateRules.checkPublishable(c))
                        .getMessageKey());
    }

    @Test
    void namesAreRequiredAndBounded() {
        assertEquals(
                "program.nameRequired",
                assertThrows(RuleViolation.class, () -> TemplateRules.name("   ", 120))
                        .getMessageKey());
        assertEquals(
                "program.nameTooLong",
                assertThrows(RuleViolation.class, () -> TemplateRules.name("n".repeat(121), 120))
                        .getMessageKey());
        assertEquals("<script>alert(1)</script>", TemplateRules.name(" <script>alert(1)</script> ", 120));
    }
}
