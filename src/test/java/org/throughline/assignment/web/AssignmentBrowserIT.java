package org.throughline.assignment.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.throughline.engagement.web.EngagementScreens;
import org.throughline.identity.web.AccountsScreen;
import org.throughline.identity.web.SignInScreen;
import org.throughline.testsupport.Browser;

/**
 * An administrator creates a client and an engagement, picks a coach from the suggestions; the coach
 * sees it in the caseload. After reassignment the first coach no longer does.
 */
class AssignmentBrowserIT {

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
    void assignACoachFromTheSuggestionsAndTheCoachSeesIt() {
        String name = "Yusuf Demir " + UUID.randomUUID().toString().substring(0, 6);
        signIn.signInAs("admin@demo.test", SignInScreen.DEMO_PASSWORD);
        EngagementScreens screens = new EngagementScreens(browser);
        screens.addClient(name, "Harbour Health Trust");
        screens.startEngagement(name, "Six-session leadership start (v2)");

        browser.type("engagement:language", "German");
        browser.click("engagement:suggest");
        browser.waiting()
                .until(d -> browser.find("engagement:suggestions").getText().contains("speaks it"));
        String first = browser.find("engagement:suggestions")
                .findElement(By.cssSelector("tbody tr"))
                .getText();
        assertTrue(first.startsWith("Sam Okafor"), "the German-speaking coach with room comes first: " + first);
        browser.screenshot("assignment-suggestions");
        screens.assignCoach("Sam Okafor");
        String url = browser.driver().getCurrentUrl();
        signIn.signOut();

        signIn.signInAs("coach@demo.test", SignInScreen.DEMO_PASSWORD);
        browser.open("coach/caseload.xhtml");
        browser.waitForText(name);
        browser.screenshot("caseload");
        signIn.signOut();

        signIn.signInAs("admin@demo.test", SignInScreen.DEMO_PASSWORD);
        browser.driver().get(url);
        browser.type("engagement:overrideReason", "Sam is away for three months");
        new EngagementScreens(browser).assignCoach("Maria Castellano");
        assertTrue(browser.find("engagement:assignmentHistory").getText().contains("Sam is away for three months"));
        signIn.signOut();

        signIn.signInAs("coach@demo.test", SignInScreen.DEMO_PASSWORD);
        browser.open("coach/caseload.xhtml");
        browser.find("content");
        assertFalse(browser.bodyText().contains(name), "the previous coach no longer sees the engagement");
    }

    @Test
    void anAdministratorSetsACoachsProfile() {
        String name = "Ana Ribeiro " + UUID.randomUUID().toString().substring(0, 6);
        signIn.signInAs("admin@demo.test", SignInScreen.DEMO_PASSWORD);
        new AccountsScreen(browser)
                .open()
                .create(name.replace(" ", ".").toLowerCase() + "@example.org", name, "first password 2027", "Coach");

        browser.open("admin/coaches.xhtml");
        browser.find("coaches:table")
                .findElement(By.xpath(".//tr[.//span[normalize-space(.)='" + name + "']]//button"))
                .click();
        browser.waitForText("Coach profile");
        browser.type("profileForm:languages", "Portuguese, English");
        browser.type("profileForm:specialties", "Career transitions");
        WebElement capacity = browser.find("profileForm:capacity_input");
        capacity.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        capacity.sendKeys("3", Keys.TAB);
        browser.click("profileForm:save");
        browser.waitForText("The profile of " + name + " was saved.");
        String row = browser.find("coaches:table")
                .findElement(By.xpath(".//tr[.//span[normalize-space(.)='" + name + "']]"))
                .getText();
        assertTrue(row.contains("Portuguese, English") && row.contains("0 of 3"), row);
        browser.screenshot("coaches");
    }

    @Test
    void aSupervisorSeesTheCoachesTheySupervise() {
        signIn.signInAs("supervisor@demo.test", SignInScreen.DEMO_PASSWORD);
        browser.open("supervisor/coaches.xhtml");
        String coaches = browser.find("myCoaches").getText();
        assertTrue(coaches.contains("Sam Okafor") && coaches.contains("Maria Castellano"), coaches);
        assertFalse(coaches.contains("Priya Raman"), coaches);
        browser.screenshot("my-coaches");
    }
}
