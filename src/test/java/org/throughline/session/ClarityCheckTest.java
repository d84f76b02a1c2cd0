package org.throughline.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClarityCheckTest {

    private static final String WHEN = "before Friday";
    private static final String NOTICE = "how the team reacts";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // vague: a fuzzy verb with nothing to observe
                "Be more confident | VAGUE",
                "Work on my career | VAGUE",
                "Think about what we discussed | VAGUE",
                "Reflect on my leadership style | VAGUE",
                "Try to delegate more | VAGUE",
                "Focus on the important things | VAGUE",
                "Prioritise better | VAGUE",
                "Improve my communication | VAGUE",
                "Get better at giving feedback | VAGUE",
                "Be more assertive with my manager | VAGUE",
                "Consider changing roles | VAGUE",
                "Explore what motivates me | VAGUE",
                "Look into leadership courses | VAGUE",
                "Deal with the conflict in the team | VAGUE",
                "Manage my stress | VAGUE",
                "Be aware of my reactions | VAGUE",
                "Keep in mind that people are busy | VAGUE",
                "Develop my strategic thinking | VAGUE",
                "Be present with my family | VAGUE",
                // clear: an observable act, tied to an occasion, a count or a concrete thing
                "In Tuesday's team meeting, ask one question before giving my view | CLEAR",
                "Write down three things that went well each evening | CLEAR",
                "Send Anna an e-mail asking for 30 minutes to discuss the budget | CLEAR",
                "Block two hours in my calendar for the strategy draft | CLEAR",
                "Delegate the weekly report to Sam and agree a deadline with him | CLEAR",
                "Say no to one meeting request that is not mine to attend | CLEAR",
                "Work on the budget slides for 45 minutes on Wednesday morning | CLEAR",
                "Try to speak first in the Monday stand-up | CLEAR",
                "Think about the three options and write a note for each | CLEAR",
                "Focus on one priority each morning before opening e-mail | CLEAR",
                "Improve the onboarding checklist by adding the two missing steps | CLEAR",
                "Reflect on the feedback session in my journal after the call | CLEAR",
                "Book a one-to-one with each of my four direct reports | CLEAR",
                "Ask my manager in our Thursday one-to-one what she expects from the project | CLEAR",
            })
    void descriptionsAreJudgedAsExpected(String description, String expected) {
        ClarityCheck.Verdict verdict = ClarityCheck.check(description, WHEN, NOTICE);
        if (expected.equals("VAGUE")) {
            assertEquals(List.of(ClarityCheck.Flag.VAGUE), verdict.flags(), description);
            assertFalse(verdict.vaguePhrase().isBlank());
        } else {
            assertTrue(verdict.clear(), description + " was flagged " + verdict.flags());
        }
    }

    @Test
    void anActionNeedsAWhenAndAWhatToNotice() {
        ClarityCheck.Verdict verdict = ClarityCheck.check("Send the draft agenda to the team", " ", null);
        assertEquals(List.of(ClarityCheck.Flag.NO_WHEN, ClarityCheck.Flag.NO_NOTICE), verdict.flags());
    }

    @Test
    void anEmptyDescriptionIsFlaggedAsMissing() {
        assertEquals(
                List.of(ClarityCheck.Flag.NO_DESCRIPTION),
                ClarityCheck.check("  ", WHEN, NOTICE).flags());
    }

    @Test
    void theVaguePhraseIsNamedForTheSuggestion() {
        assertEquals(
                "work on", ClarityCheck.check("Work on my career", WHEN, NOTICE).vaguePhrase());
    }
}
