package org.throughline.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, pointed at the {@link TestServer}. Nothing is
 * downloaded: the browser and driver are the system's. Screenshots go to target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    public Browser() {
        TestServer.baseUrl(); // the server first: it picks its port before the browser takes any
        try {
            profile = Files.createTempDirectory("throughline-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class); // Ajax updates replace elements while we look
    }

    /** Opens a page of the application, such as {@code "sign-in.xhtml"}. */
    public void open(String path) {
        driver.get(TestServer.baseUrl() + path);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.substring(TestServer.baseUrl().length() - 1).replaceAll("[?#].*$", "");
    }

    public WebElement find(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    public void click(String id) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id(id))));
    }

    /**
     * Clicks an element after scrolling it to the middle of the window, where a form's sticky button bar
     * (at the bottom) cannot cover it, as a person would scroll to it.
     */
    public void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /**
     * Opens a PrimeFaces select menu, narrows it by its filter when it has one, and picks {@code text}.
     * A click that lands while the panel is still opening is lost now and then; it is tried again.
     */
    public void choose(String menuId, String text) {
        String css = "#" + menuId.replace(":", "\\:");
        for (int attempt = 1; ; attempt++) {
            if (!anyDisplayed(css + "_panel")) {
                click(menuId);
            }
            driver.findElements(By.cssSelector(css + "_filter")).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .ifPresent(filter -> {
                        filter.clear();
                        filter.sendKeys(text);
                    });
            WebElement option = wait.until(d -> d.findElements(By.cssSelector(css + "_items li")).stream()
                    .filter(li -> li.isDisplayed() && li.getText().contains(text))
                    .findFirst()
                    .orElse(null));
            try {
                option.click();
                new WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                        .ignoring(StaleElementReferenceException.class)
                        .until(d -> d.findElement(By.cssSelector(css + "_label"))
                                .getText()
                                .contains(text));
                return;
            } catch (TimeoutException
                    | org.openqa.selenium.ElementNotInteractableException
                    | StaleElementReferenceException e) {
                if (attempt == 3) {
                    screenshot("failed-choose-" + System.currentTimeMillis());
                    throw e;
                }
                try {
                    Thread.sleep(300);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Whether an element of {@code css} is shown, looked at again when an Ajax update replaces it meanwhile. */
    private boolean anyDisplayed(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    /** Waits until the page shows {@code text} somewhere. */
    public void waitForText(String text) {
        try {
            wait.until(d -> {
                try {
                    return d.findElement(By.tagName("body")).getText().contains(text);
                } catch (org.openqa.selenium.WebDriverException navigating) {
                    // the page was replaced between finding its body and reading it: look again
                    return false;
                }
            });
        } catch (TimeoutException e) {
            screenshot("failed-" + System.currentTimeMillis());
            throw new TimeoutException("Page never showed \"" + text + "\"; it shows: " + bodyText(), e);
        }
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
