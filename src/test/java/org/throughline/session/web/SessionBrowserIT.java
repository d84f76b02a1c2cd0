package org.throughline.session.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.throughline.engagement.web.EngagementScreens;
import org.throughline.identity.web.SignInScreen;
import org.throughline.testsupport.Browser;

/** A coach runs the first two sessions of a new engagement, with the clarity check and the follow-up. */
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
    void aCoachRecordsTwoSessionsAndTheTrackerFollowsThrough() {
        String name = "Ilse Maren " + UUID.randomUUID().toString().substring(0, 6);
        signIn.signInAs("admin@demo.test", SignInScreen.DEMO_PASSWORD);
        EngagementScreens admin = new EngagementScreens(browser);
        admin.addClient(name, "Fjord Energy");
        admin.startEngagement(name, "Three-session career conversation (v1)");
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
    }
}
