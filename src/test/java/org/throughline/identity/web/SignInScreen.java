package org.throughline.identity.web;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.throughline.testsupport.Browser;

/** Page object: the sign-in page and the parts of the layout a signed-in user sees. */
public final class SignInScreen {

    public static final String DEMO_PASSWORD = "throughline-demo";

    private final Browser browser;

    public SignInScreen(Browser browser) {
        this.browser = browser;
    }

    public SignInScreen open() {
        browser.open("sign-in.xhtml");
        return this;
    }

    /** Fills in and sends the sign-in form (without waiting for a particular outcome). */
    public void signIn(String email, String password) {
        browser.type("signIn:email", email);
        browser.type("signIn:password", password);
        browser.click("signIn:submit");
    }

    /** Signs in and waits for the signed-in layout. */
    public void signInAs(String email, String password) {
        open();
        signIn(email, password);
        browser.find("signOutForm:signOut");
    }

    /** The error message on the sign-in page, waiting for it to appear. */
    public String refusal() {
        // read again when the Ajax answer replaces the messages while we read them
        return browser.waiting().until(d -> {
            String text = d.findElement(By.id("signIn:signInMessages")).getText();
            return text.isBlank() ? null : text;
        });
    }

    /** The labels of the main menu: submenu headings and items, top to bottom. */
    public List<String> menu() {
        List<WebElement> entries =
                browser.find("menu:menu").findElements(By.cssSelector(".tl-menu-heading, .tl-menu-link"));
        return entries.stream().map(WebElement::getText).map(String::strip).toList();
    }

    public void signOut() {
        browser.click("signOutForm:signOut");
        browser.find("signIn:email");
    }
}
