package org.throughline.identity.web;

import org.throughline.testsupport.Browser;

/** Page object: changing one's own password. */
public final class PasswordScreen {

    private final Browser browser;

    public PasswordScreen(Browser browser) {
        this.browser = browser;
    }

    public boolean isForcedChange() {
        return browser.find("password:save") != null && browser.bodyText().contains("Choose your own password");
    }

    public void change(String current, String next) {
        browser.type("password:current", current);
        browser.type("password:new", next);
        browser.type("password:confirm", next);
        browser.click("password:save");
    }
}
