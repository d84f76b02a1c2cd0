package org.throughline.engagement.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.throughline.identity.web.SignInScreen;
import org.throughline.testsupport.Browser;

/** An administrator adds a client and starts an engagement from a published demo template. */
class EngagementBrowserIT {

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
    void startAnEngagementForANewClient() {
        String name = "Petra Novak " + UUID.randomUUID().toString().substring(0, 6);
        browser.open("admin/clients.xhtml");
        browser.click("clients:new");
        browser.type("clientForm:name", name);
        browser.type("clientForm:organization", "Northwind Logistics");
        browser.click("clientForm:save");
        browser.waitForText(name + " was added as client C-");

        browser.open("admin/engagements.xhtml");
        browser.click("engagements:new");
        browser.choose("engagementForm:client", name);
        browser.choose("engagementForm:template", "Three-session career conversation (v1)");
        browser.click("engagementForm:create");
        browser.waitForText("was created with its session dates planned");

        assertTrue(browser.bodyText().contains(name));
        assertEquals(
                3,
                browser.find("engagement:sessions")
                        .findElements(By.cssSelector("tbody tr"))
                        .size());
        browser.screenshot("engagement");

        browser.open("admin/engagements.xhtml");
        browser.waitForText(name);
        browser.screenshot("engagements");
    }
}
