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
        EngagementScreens screens = new EngagementScreens(browser);
        screens.addClient(name, "Northwind Logistics");
        screens.startEngagement(name, "Three-session career conversation (v1)");

        assertTrue(browser.bodyText().contains(name));
        assertEquals(
                3,
                browser.find("engagement:sessions")
                        .findElements(By.cssSelector("tbody tr"))
                        .size());
        browser.screenshot("engagement");

        browser.open("admin/engagements.xhtml");
        // other tests add engagements too: narrow the list to the demo program first
        browser.choose("engagements:program", "New managers 2027");
        browser.click("engagements:filter");
        browser.waitForText(name);
        browser.screenshot("engagements");
    }
}
