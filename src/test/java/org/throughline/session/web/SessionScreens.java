package org.throughline.session.web;

import org.openqa.selenium.By;
import org.throughline.testsupport.Browser;

/** Page object: the coach's engagement page and the session form. */
public final class SessionScreens {

    private final Browser browser;

    public SessionScreens(Browser browser) {
        this.browser = browser;
    }

    /** From the caseload, opens the engagement of the client with this name. */
    public void openEngagement(String clientName) {
        browser.open("coach/caseload.xhtml");
        browser.find("caseload").findElement(By.linkText(clientName)).click();
        browser.waitForText("Goal and baseline");
    }

    public void saveGoal(String goal, String baseline) {
        browser.type("goal:goalText", goal);
        browser.type("goal:baselineText", baseline);
        browser.click("goal:saveGoal");
        browser.waitForText("Goal and baseline saved.");
    }

    /** Opens the form for the next session from the engagement page. */
    public void recordNextSession(int number) {
        browser.click("record");
        browser.waitForText("session " + number + ", ");
    }

    public void checkIn(String... answers) {
        for (int i = 0; i < answers.length; i++) {
            browser.type("session:checkin:" + i + ":answer", answers[i]);
        }
    }

    public void note(String focus, String insight, String obstacle, String followUp) {
        browser.type("session:focus", focus);
        browser.type("session:insight", insight);
        browser.type("session:obstacle", obstacle);
        browser.type("session:followUp", followUp);
    }

    /** Types the action; the clarity check runs when the coach leaves each field. */
    public void action(String description, String when, String notice) {
        browser.type("session:actionDescription", description);
        browser.type("session:actionWhen", when);
        browser.type("session:actionNotice", notice);
        browser.find("session:actionSupport").click();
    }

    /** Records what became of the last action: a result label, and a reason label when short of done. */
    public void followUp(String result, String reason) {
        browser.find("session:result")
                .findElement(By.xpath(".//label[normalize-space(.)='" + result + "']"))
                .click();
        if (reason != null) {
            browser.find("session:reason"); // rendered by the Ajax update that the result triggers
            browser.choose("session:reason", reason);
        }
    }

    /** From the engagement page, opens a feedback check (0 midpoint, 1 closing). */
    public void openFeedback(int check) {
        browser.click("checks:" + check + ":openFeedback");
        browser.waitForText("The client's answers");
    }

    /** On an open feedback check, writes its first answers and the adjustments, and saves. */
    public void recordFeedback(int check, String adjustments, String... answers) {
        for (int i = 0; i < answers.length; i++) {
            browser.type("feedback:questions:" + i + ":answer", answers[i]);
        }
        browser.type("feedback:adjustments", adjustments);
        browser.click("feedback:save");
        browser.waitForText(check == 0 ? "Midpoint feedback saved." : "Closing reflection saved.");
    }

    /** On an open session form, runs one whole session whose action is clear, following up the last one as {@code result}. */
    public void simpleSession(int number, String result, String reason, String action) {
        checkIn("A steady fortnight", "See the follow-up", "-", "The next step");
        if (result != null) {
            followUp(result, reason);
        }
        note("The next step", "Small steps hold", "Busy weeks", "How the step went");
        action(action, "Next Tuesday", "How the team responds");
        browser.waitForText("Clear: it says what, when and what to notice.");
        finalizeSession();
        browser.waitForText("Session " + number + " is finalized.");
    }

    /** Presses "Finalize session" and confirms. */
    public void finalizeSession() {
        browser.click("session:finalize");
        browser.click("session:confirmYes");
    }
}
