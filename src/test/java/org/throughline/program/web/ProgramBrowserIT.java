package org.throughline.program.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.throughline.identity.web.SignInScreen;
import org.throughline.testsupport.Browser;

/** An administrator sets up a program and a template, publishes it, and edits it into a second version. */
class ProgramBrowserIT {

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

    private void createProgram(String name, String description) {
        browser.open("admin/programs.xhtml");
        browser.click("programs:new");
        browser.type("programForm:name", name);
        browser.type("programForm:description", description);
        browser.click("programForm:save");
        browser.waitForText("Program " + name + " was created.");
    }

    private void openProgram(String name) {
        browser.find("programs:table").findElement(By.linkText(name)).click();
        browser.find("templates:table");
    }

    private void setNumber(String id, String value) {
        WebElement field = browser.find(id + "_input");
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(value, Keys.TAB);
    }

    @Test
    void createPublishAndEditIntoASecondVersion() {
        String program = "Leading teams " + System.nanoTime();
        createProgram(program, "For managers in their first leadership role.");
        openProgram(program);
        browser.screenshot("templates-empty");

        browser.click("templates:new");
        browser.type("templateForm:name", "Four-session start");
        browser.click("templateForm:create");
        browser.waitForText("Template Four-session start was created as a draft.");
        assertTrue(browser.bodyText().contains("Four-session start — version 1"));

        setNumber("editor:sessionCount", "4");
        setNumber("editor:closingSession", "4");
        setNumber("editor:midpointSession", "2");
        browser.click("editor:save");
        browser.waitForText("The draft was saved.");
        browser.screenshot("template-draft");

        browser.click("editor:publish");
        browser.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText("Version 1 was published.");
        assertTrue(browser.find("frozen").getText().contains("frozen"));
        assertEquals("4", browser.find("editor:sessionCount_input").getAttribute("value"));

        browser.click("editor:makeDraft");
        browser.waitForText("Four-session start — version 2");
        setNumber("editor:cadenceDays", "7");
        browser.find("editor:normResponseTime").clear();
        browser.find("editor:normResponseTime").sendKeys("The same working day");
        browser.click("editor:publish");
        browser.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText("Version 2 was published.");

        List<String> history = browser.find("versions").findElements(By.cssSelector("tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(2, history.size(), history.toString());
        assertTrue(history.get(0).startsWith("v2 Published"), history.get(0));
        assertTrue(history.get(1).startsWith("v1 Archived"), history.get(1));
        browser.screenshot("template-published-v2");

        browser.find("versions").findElement(By.linkText("v1")).click();
        browser.waitForText("Four-session start — version 1");
        assertEquals("14", browser.find("editor:cadenceDays_input").getAttribute("value"));
        assertEquals(
                "Within two working days",
                browser.find("editor:normResponseTime").getAttribute("value"));
    }

    @Test
    void markupInANameIsShownAsText() {
        String name = "<script>alert('x')</script> pilot " + System.nanoTime();
        createProgram(name, "Checks escaping.");
        assertTrue(browser.find("programs:table").getText().contains(name));
        assertFalse(browser.driver().getPageSource().contains("<script>alert('x')</script> pilot"));
        browser.screenshot("programs");
    }

    @Test
    void aDraftWithAnEmptyQuestionSetCannotBePublished() {
        String program = "Check-ins " + System.nanoTime();
        createProgram(program, "Publishing rules.");
        openProgram(program);
        browser.click("templates:new");
        browser.type("templateForm:name", "No closing questions");
        browser.click("templateForm:create");
        browser.waitForText("was created as a draft");
        for (int i = 0; i < 6; i++) {
            List<WebElement> removes = browser.driver().findElements(By.cssSelector("[id$=':remove']"));
            browser.click(removes.get(removes.size() - 1));
            browser.waiting()
                    .until(d ->
                            d.findElements(By.cssSelector("[id$=':remove']")).size() == removes.size() - 1);
        }
        browser.click("editor:publish");
        browser.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText("Add at least one closing reflection question before publishing.");
        assertTrue(browser.bodyText().contains("version 1"));
    }
}
