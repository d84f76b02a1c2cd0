package org.throughline.retention.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.throughline.identity.web.SignInScreen;
import org.throughline.testsupport.Browser;

/**
 * An administrator places a legal hold on an engagement from the client's page, finds it on the
 * Retention page, releases it, and approves the erasure request a second administrator made.
 */
class RetentionBrowserIT {

    private Browser browser;

    @BeforeEach
    void signInAsAdmin() {
        browser = new Browser();
        new SignInScreen(browser).signInAs("admin@demo.test", SignInScreen.DEMO_PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void holdAnEngagementThenReleaseItAndApproveAnErasure() {
        browser.open("admin/clients.xhtml");
        browser.type("clients:search", "Aisha Bello");
        browser.click("clients:filter");
        browser.waitForText("C-3141");
        browser.find("clients:table")
                .findElement(By.xpath(".//tr[.//span[normalize-space(.)='C-3141']]"))
                .findElement(By.cssSelector("[id$=':record']"))
                .click();
        browser.waitForText("Subject access");
        browser.screenshot("client-record");
        browser.find("engagements").findElement(By.tagName("a")).click();

        browser.type("engagement:holdReasonInput", "Claim by the client's employer, case 2026-88: keep everything");
        browser.click("engagement:placeHold");
        browser.waitForText("The legal hold is in force.");
        browser.screenshot("engagement-hold");

        browser.open("admin/retention.xhtml");
        browser.waitForText("Claim by the client's employer, case 2026-88");
        assertTrue(browser.bodyText().contains("C-3141"));
        browser.screenshot("retention");

        WebElement request =
                browser.find("erasures:list").findElement(By.xpath(".//tr[.//a[normalize-space(.)='C-6931']]"));
        assertTrue(request.getText().contains("Noor Haddad"), request.getText());
        request.findElement(By.cssSelector("button[id$=':approve']")).click();
        browser.waitForText("Erasure of C-6931 is approved; the grace period has started.");
        assertTrue(browser.find("erasures:list").getText().contains("Approved by Alex Morgan"));

        browser.find("holds:list").findElement(By.linkText("C-3141")).click();
        browser.click("engagement:releaseHold");
        browser.waitForText("Once released, the retention rules apply again");
        browser.driver().findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseThrow()
                .click();
        browser.waitForText("The legal hold is released.");
    }
}
