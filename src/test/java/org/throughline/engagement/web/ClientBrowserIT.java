package org.throughline.engagement.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.throughline.identity.web.SignInScreen;
import org.throughline.testsupport.Browser;

/** An administrator adds a client, and is warned before adding the same person twice. */
class ClientBrowserIT {

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

    private void fillClient(String name, String email, String organization) {
        browser.click("clients:new");
        browser.type("clientForm:name", name);
        browser.type("clientForm:email", email);
        browser.type("clientForm:organization", organization);
        browser.click("clientForm:save");
    }

    @Test
    void addAClientAndGetAWarningOnALikelyDuplicate() {
        String name = "Lena Vogel " + UUID.randomUUID().toString().substring(0, 6);
        browser.open("admin/clients.xhtml");
        fillClient(name, "lena.vogel@umbrella.example", "Umbrella Works");
        browser.waitForText(name + " was added as client C-");

        browser.type("clients:search", name);
        browser.click("clients:filter");
        browser.waitForText("Umbrella Works");
        assertTrue(browser.find("clients:table").getText().matches("(?s).*C-\\d{4}.*" + name + ".*"));
        browser.screenshot("clients");

        fillClient(name, "LENA.VOGEL@umbrella.example", "Umbrella Works");
        browser.waitForText("This looks like a client who is already here");
        browser.screenshot("clients-duplicate");
        browser.click("clientForm:save"); // now labelled "Create anyway"
        browser.waitForText(name + " was added as client C-");
        browser.click("clients:filter");
        browser.waiting().until(d -> browser.find("clients:table").getText().split(name, -1).length - 1 == 2);
    }
}
