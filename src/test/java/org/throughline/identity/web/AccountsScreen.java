package org.throughline.identity.web;

import org.openqa.selenium.By;
import org.throughline.testsupport.Browser;

/** Page object: administrators' account list and its dialogs. */
public final class AccountsScreen {

    private final Browser browser;

    public AccountsScreen(Browser browser) {
        this.browser = browser;
    }

    public AccountsScreen open() {
        browser.open("admin/accounts.xhtml");
        browser.find("accounts:table");
        return this;
    }

    /** Deactivates the account shown with {@code email}, confirming the question. */
    public void deactivate(String email) {
        browser.find("accounts:table")
                .findElement(By.xpath(
                        ".//tr[td[contains(normalize-space(.), '" + email + "')]]//button[contains(@id,'deactivate')]"))
                .click();
        browser.waitForText("The person can no longer sign in");
        browser.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText(email + " was deactivated.");
    }

    /** Creates an account with the given role labels (as shown, such as "Coach") and one-time password. */
    public void create(String email, String name, String oneTimePassword, String... roleLabels) {
        browser.click("accounts:new");
        browser.type("createForm:email", email);
        browser.type("createForm:name", name);
        for (String label : roleLabels) {
            browser.find("createForm:roles")
                    .findElement(By.xpath(".//label[normalize-space(.)='" + label + "']"))
                    .click();
        }
        browser.type("createForm:oneTime", oneTimePassword);
        browser.click("createForm:create");
        browser.waitForText("Account " + email + " was created.");
    }
}
