package org.throughline.session.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.throughline.engagement.web.EngagementScreens;
import org.throughline.identity.web.SignInScreen;
import org.throughline.testsupport.Browser;

/**
 * A coach runs a four-session engagement end to end: a flagged action rewritten until it is clear,
 * a follow-up short of done with a smaller action, the midpoint feedback, the closing reflection
 * beside the baseline, and closing.
 */
class SessionBrowserIT {

    private Browser browser;
    private SignInScreen signIn;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        signIn = new SignInScreen(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aCoachRunsAFourSessionEngagementEndToEnd() {
        String name = "Ilse Maren " + UUID.randomUUID().toString().substring(0, 6);
        signIn.signInAs("admin@demo.test", SignInScreen.DEMO_PASSWORD);
        EngagementScreens admin = new EngagementScreens(browser);
        admin.addClient(name, "Fjord Energy");
        admin.startEngagement(name, "Four-session focus sprint (v1)");
        admin.assignCoach("Sam Okafor");
        signIn.signOut();

        signIn.signInAs("coach@demo.test", SignInScreen.DEMO_PASSWORD);
        SessionScreens coach = new SessionScreens(browser);
        coach.openEngagement(name);
        coach.saveGoal("Decide on the move to product management by March", "Stuck between two roles, deciding alone");

        coach.recordNextSession(1);
        coach.checkIn("Told her manager she is thinking about a move", "-", "-", "Whether to apply internally");
        coach.note(
                "Whether to move to product management",
                "She wants to test the role before deciding",
                "Her calendar is full of delivery work",
                "What the conversations taught her");
        coach.action("Be more confident about the move", "This week", "How she talks about it");
        browser.waitForText("is hard to observe");
        browser.screenshot("session-flagged");
        coach.finalizeSession();
        browser.waitForText("Make the action smaller and observable");

        coach.action(
                "Ask two product managers for a 20-minute conversation about their week",
                "By Friday",
                "Which parts of their work she would look forward to");
        browser.waitForText("Clear: it says what, when and what to notice.");
        coach.finalizeSession();
        browser.waitForText("Session 1 is finalized.");
        assertTrue(browser.find("tracker").getText().contains("Ask two product managers"));

        coach.recordNextSession(2);
        assertTrue(browser.find("previousAction").getText().contains("Ask two product managers"));
        coach.checkIn("Busy quarter-end", "Did not get to it", "She avoided asking", "Making it smaller");
        coach.followUp("Not done", "Too large");
        coach.note(
                "Making the first step small enough",
                "One conversation is enough to start",
                "Quarter-end deadlines",
                "What one conversation showed");
        coach.action(
                "Send one message to Lea asking for a coffee chat about her product role",
                "Monday morning",
                "How it feels to ask");
        browser.waitForText("Clear: it says what, when and what to notice.");
        browser.screenshot("session-two");
        coach.finalizeSession();
        browser.waitForText("Session 2 is finalized.");

        String tracker = browser.find("tracker").getText();
        assertTrue(tracker.contains("Not done"), tracker);
        assertTrue(tracker.contains("Too large"), tracker);
        assertTrue(tracker.contains("Send one message to Lea"), tracker);
        assertTrue(browser.find("trackerSummary").getText().contains("Not done: 1"));
        browser.screenshot("engagement-tracker");

        // session 2 was the midpoint: its feedback is overdue until recorded
        assertTrue(browser.find("feedbackCard").getText().contains("Overdue"));
        coach.openFeedback(0);
        coach.recordFeedback(
                0, "One smaller action each time, checked at the start", "Having one concrete thing to do");
        assertTrue(browser.find("feedbackCard").getText().contains("Recorded"));

        coach.recordNextSession(3);
        coach.simpleSession(3, "Done", null, "Tell Lea on Tuesday which product team she would like to shadow");
        coach.recordNextSession(4);
        assertTrue(browser.find("feedbackDue").getText().contains("closing reflection"));
        coach.simpleSession(4, "Partly", "Badly timed", "Book the shadowing day with Lea's team lead on Tuesday");

        coach.openFeedback(1);
        assertTrue(browser.find("baseline").getText().contains("Stuck between two roles, deciding alone"));
        coach.recordFeedback(
                1,
                "Check in by e-mail after the shadowing day",
                "She has decided to try product work through a shadowing day",
                "She asks for what she needs instead of waiting");
        browser.click("close:closeEngagement");
        browser.waitForText("The engagement is closed.");
        assertTrue(browser.bodyText().contains("Closed"));
        browser.screenshot("engagement-closed");
    }
}
