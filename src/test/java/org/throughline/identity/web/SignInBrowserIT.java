package org.throughline.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.throughline.testsupport.Browser;

/** Sign-in, menus, lock-out, sign-out and the forced password change, as people use them. */
class SignInBrowserIT {

    private static final String GENERIC_REFUSAL = "That e-mail and password did not let you in.";
    private static final List<String> ADMIN_MENU = List.of(
            "Home",
            "Administration",
            "Programs",
            "Clients",
            "Engagements",
            "Coaches",
            "Accounts",
            "Supervision",
            "Confidentiality",
            "Retention",
            "Audit trail",
            "Security log",
            "My account",
            "Change password");
    private static final List<String> COACH_MENU = List.of(
            "Home",
            "Coaching",
            "My caseload",
            "Actions",
            "Reflections",
            "My development",
            "My account",
            "Change password");
    private static final List<String> SUPERVISOR_MENU = List.of(
            "Home", "Supervision", "Review queue", "My coaches", "Supervision log", "My account", "Change password");
    private static final List<String> LEAD_MENU = List.of(
            "Home",
            "Coaching",
            "My caseload",
            "Actions",
            "Reflections",
            "My development",
            "Supervision",
            "Review queue",
            "My coaches",
            "Supervision log",
            "My account",
            "Change password");

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
    void theSignInPageShowsItsForm() {
        signIn.open();
        assertEquals(
                "Sign in",
                browser.find("content")
                        .findElement(org.openqa.selenium.By.tagName("h1"))
                        .getText());
        assertTrue(browser.find("signIn:email").isDisplayed());
        browser.screenshot("sign-in");
    }

    @Test
    void eachDemoRoleSeesExactlyItsMenu() {
        assertMenu("admin@demo.test", ADMIN_MENU);
        assertMenu("coach@demo.test", COACH_MENU);
        assertMenu("coach2@demo.test", COACH_MENU);
        assertMenu("supervisor@demo.test", SUPERVISOR_MENU);
        assertMenu("lead@demo.test", LEAD_MENU);
    }

    private void assertMenu(String email, List<String> expected) {
        signIn.signInAs(email, SignInScreen.DEMO_PASSWORD);
        assertEquals(expected, signIn.menu(), "menu of " + email);
        browser.screenshot("home-" + email.substring(0, email.indexOf('@')));
        signIn.signOut();
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameGenericMessage() {
        signIn.open();
        signIn.signIn("coach2@demo.test", "not the right password");
        String wrongPassword = signIn.refusal();
        assertTrue(wrongPassword.contains(GENERIC_REFUSAL), wrongPassword);
        signIn.signIn("nobody-" + UUID.randomUUID() + "@demo.test", "not the right password");
        assertEquals(wrongPassword, signIn.refusal());
        browser.screenshot("sign-in-refused");
    }

    @Test
    void theSixthAttemptWithinFifteenMinutesIsRefusedEvenWithTheRightPassword() {
        String email = "locked-" + UUID.randomUUID() + "@example.org";
        String password = "ferry window cobalt 42";
        signIn.signInAs("admin@demo.test", SignInScreen.DEMO_PASSWORD);
        new AccountsScreen(browser).open().create(email, "Lockout Test", password, "Coach");
        signIn.signOut();

        signIn.open();
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn.signIn(email, "wrong password number " + attempt);
            assertTrue(signIn.refusal().contains(GENERIC_REFUSAL));
        }
        signIn.signIn(email, password);
        assertTrue(signIn.refusal().contains(GENERIC_REFUSAL), "the right password is refused while locked");
        assertEquals("/sign-in.xhtml", browser.path());

        signIn.signInAs("admin@demo.test", SignInScreen.DEMO_PASSWORD);
        browser.open("admin/security-log.xhtml");
        browser.type("log:email", email);
        browser.click("log:filter");
        browser.waitForText("Account paused after failed sign-ins");
        String log = browser.find("log:table").getText();
        assertTrue(log.contains("Sign-in refused"), log);
        assertFalse(log.contains("wrong password number"), "no typed password in the log");
        browser.screenshot("security-log");
    }

    @Test
    void afterSignOutBackShowsNoProtectedContent() {
        signIn.signInAs("admin@demo.test", SignInScreen.DEMO_PASSWORD);
        new AccountsScreen(browser).open();
        assertTrue(browser.bodyText().contains("admin@demo.test"));
        signIn.signOut();
        assertTrue(browser.bodyText().contains("You have signed out."));

        browser.driver().navigate().back();
        browser.find("signIn:email");
        assertEquals("/sign-in.xhtml", browser.path());
        assertFalse(browser.bodyText().contains("admin@demo.test"));
    }

    @Test
    void aNewAccountMustChangeItsOneTimePasswordAtFirstSignIn() {
        String email = "new-" + UUID.randomUUID() + "@example.org";
        signIn.signInAs("admin@demo.test", SignInScreen.DEMO_PASSWORD);
        new AccountsScreen(browser).open().create(email, "Robin Ferreira", "given by the admin 7", "Supervisor");
        browser.screenshot("accounts");
        signIn.signOut();

        signIn.signInAs(email, "given by the admin 7");
        assertEquals("/account/password.xhtml", browser.path());
        PasswordScreen password = new PasswordScreen(browser);
        assertTrue(password.isForcedChange());
        browser.screenshot("password-forced");

        browser.open("supervisor/coaches.xhtml");
        assertEquals("/account/password.xhtml", browser.path(), "no other page before the change");

        password.change("given by the admin 7", "password1234");
        browser.waitForText("one of the most common ones");

        password.change("given by the admin 7", "my own harbour lantern");
        browser.waitForText("Your password has been changed.");
        assertEquals("/index.xhtml", browser.path());
        assertEquals(SUPERVISOR_MENU, signIn.menu());

        signIn.signOut();
        signIn.signInAs(email, "my own harbour lantern");
        assertEquals("/index.xhtml", browser.path());
    }

    @Test
    void aDeactivatedAccountsOpenSessionEndsAtItsNextRequest() {
        String email = "leaving-" + UUID.randomUUID() + "@example.org";
        signIn.signInAs("admin@demo.test", SignInScreen.DEMO_PASSWORD);
        AccountsScreen accounts = new AccountsScreen(browser).open();
        accounts.create(email, "Leaving Soon", "kettle orchard 55", "Coach");

        try (Browser other = new Browser()) {
            new SignInScreen(other).signInAs(email, "kettle orchard 55");
            assertEquals("/account/password.xhtml", other.path());

            accounts.deactivate(email);

            other.open("index.xhtml");
            other.find("signIn:email");
            assertEquals("/sign-in.xhtml", other.path());
            assertTrue(other.bodyText().contains("Your session was ended"));
        }
    }
}
