package org.throughline.engagement.web;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.throughline.testsupport.Browser;

/** Page object: the administrator's client and engagement screens. */
public final class EngagementScreens {

    private final Browser browser;

    public EngagementScreens(Browser browser) {
        this.browser = browser;
    }

    /** Adds a client (no e-mail) and waits for the confirmation. */
    public void addClient(String name, String organization) {
        browser.open("admin/clients.xhtml");
        browser.click("clients:new");
        browser.type("clientForm:name", name);
        browser.type("clientForm:organization", organization);
        browser.click("clientForm:save");
        browser.waitForText(name + " was added as client C-");
    }

    /** On an engagement's page: assigns the coach of that name from the suggestions and waits for it. */
    public void assignCoach(String coachName) {
        WebElement row = browser.find("engagement:suggestions")
                .findElement(By.xpath(".//tr[.//span[normalize-space(.)='" + coachName + "']]"));
        row.findElement(By.cssSelector("button[id$=':assign']")).click();
        browser.waitForText(coachName + " is now the coach of this engagement.");
    }

    /** Starts an engagement for the client from the template whose choice label contains {@code template}. */
    public void startEngagement(String clientName, String template) {
        browser.open("admin/engagements.xhtml");
        browser.click("engagements:new");
        browser.choose("engagementForm:client", clientName);
        browser.choose("engagementForm:template", template);
        browser.click("engagementForm:create");
        browser.waitForText("was created with its session dates planned");
    }
}
