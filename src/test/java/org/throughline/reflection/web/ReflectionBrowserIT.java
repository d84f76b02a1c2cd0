package org.throughline.reflection.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.throughline.identity.web.SignInScreen;
import org.throughline.testsupport.Browser;

/**
 * A coach (Sam Okafor, supervised by Jordan Lindqvist in the demo) writes and shares a reflection;
 * the supervisor reviews it with a development note; the coach acknowledges it, and the supervisor
 * sees that.
 */
class ReflectionBrowserIT {

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

    private void field(String section, int field, String text) {
        browser.type("reflection:sections:" + section + ":fields:" + field + ":value", text);
    }

    @Test
    void aCoachSharesAReflectionTheSupervisorReviewsItAndTheCoachAcknowledges() {
        String learning = "Name the contract again when the topic shifts "
                + UUID.randomUUID().toString().substring(0, 6);
        signIn.signInAs("coach@demo.test", SignInScreen.DEMO_PASSWORD);
        browser.open("coach/reflection.xhtml");
        browser.waitForText("Before the session");
        field("1", 0, "Contracting when the client changed the topic halfway");
        field("3", 1, learning);
        browser.click("reflection:share");
        browser.waitForText("Shared with your supervisor.");
        browser.screenshot("reflection-shared");
        signIn.signOut();

        signIn.signInAs("supervisor@demo.test", SignInScreen.DEMO_PASSWORD);
        browser.open("supervisor/queue.xhtml");
        browser.waitForText("Review queue");
        browser.find("queue").findElements(By.linkText("Sam Okafor")).stream()
                .reduce((first, second) -> second) // the newest shared is waiting the shortest: last
                .orElseThrow()
                .click();
        browser.waitForText(learning);
        assertFalse(browser.bodyText().contains("Meetings that end without a decision"), "no session note is shown");
        browser.find("review:status")
                .findElement(By.xpath(".//label[normalize-space(.)='Follow-up wanted']"))
                .click();
        browser.find("review:themes")
                .findElement(By.xpath(".//label[normalize-space(.)='Contracting']"))
                .click();
        browser.type("review:text", "Good catch. Next time, pause and ask what the client wants from the new topic.");
        browser.click("review:save");
        browser.waitForText("Development note saved");
        browser.waitForText("The coach has not read the note yet.");
        String reviewUrl = browser.driver().getCurrentUrl();
        signIn.signOut();

        signIn.signInAs("coach@demo.test", SignInScreen.DEMO_PASSWORD);
        browser.open("coach/reflections.xhtml");
        browser.find("reflections")
                .findElements(By.cssSelector("a[id$=':open']"))
                .get(0)
                .click();
        browser.waitForText("Good catch. Next time, pause");
        assertTrue(browser.find("note").getText().contains("Contracting"));
        browser.click("reflection:acknowledge");
        browser.waitForText("Your supervisor will see that you read the note.");
        browser.screenshot("reflection-note");
        signIn.signOut();

        signIn.signInAs("supervisor@demo.test", SignInScreen.DEMO_PASSWORD);
        browser.driver().get(reviewUrl);
        browser.waitForText("The coach has read the note");
    }
}
