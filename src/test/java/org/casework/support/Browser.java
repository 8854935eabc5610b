package org.casework.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by its own chromedriver (the same package version, so they always match), headless,
 * with the flags this machine's closed network needs. Elements are found as a person finds them: by their label,
 * their button or link text, their heading. Every look-up after a navigation waits explicitly.
 *
 * <p>Without Chromium the tests skip with a printed reason, unless {@code -Dbrowser.required=true} (CI) makes
 * that a failure.
 */
public class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final WebDriver driver;
    private final String base;
    private final WebDriverWait wait;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        // a page that replaces a node between finding it and checking it (shown? enabled?) makes Chrome answer a
        // stale element or a bare WebDriverException ("Node with given id does not belong to the document", seen in
        // EveryPageAccessibleTest and TeamLeadJourneyTest): every wait looks again until its timeout, whose
        // message names the last error
        this.wait = new WebDriverWait(driver, WAIT);
        this.wait.ignoring(WebDriverException.class);
    }

    /** Skips the calling test when Chromium is missing, or fails it when the build requires the browser. */
    public static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && Boolean.getBoolean("browser.required")) {
            throw new AssertionError("Chromium and chromedriver are required (-Dbrowser.required=true) but "
                    + CHROMIUM + " or " + CHROMEDRIVER + " is missing: apt-get install chromium chromium-driver");
        }
        if (!present) {
            System.out.println("SKIPPED browser test: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (apt-get install chromium chromium-driver); CI installs them and never skips");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed");
    }

    /** A new headless browser at this window size, against the test server. */
    public static Browser open(String base, int width, int height, boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--lang=en-GB", "--window-size=" + width + "," + height);
        if (!javascript) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(driver, base);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the service and waits for it to be there. */
    public Browser go(String path) {
        driver.get(base + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        return this;
    }

    public WebElement heading() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    }

    /** The input a label names, as a person finds it. */
    public WebElement field(String label) {
        WebElement labelled = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//label[normalize-space(.)=" + literal(label) + "]")));
        return driver.findElement(By.id(labelled.getAttribute("for")));
    }

    public Browser type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Ticks a radio or checkbox by its label. */
    public Browser choose(String label) {
        WebElement input = field(label);
        if (!input.isSelected()) {
            driver.findElement(By.xpath("//label[normalize-space(.)=" + literal(label) + "]")).click();
        }
        return this;
    }

    /** Presses a button by its visible text and waits for the next page. */
    public Browser press(String text) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//button[normalize-space(.)=" + literal(text) + " or starts-with(normalize-space(.), "
                        + literal(text + " ") + ")]")));
        button.click();
        wait.until(ExpectedConditions.stalenessOf(button));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        return this;
    }

    /** Follows a link by its visible text (the visually hidden part included) and waits for the next page. */
    public Browser follow(String text) {
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//a[normalize-space(.)=" + literal(text) + " or starts-with(normalize-space(.), "
                        + literal(text + " ") + ")]")));
        link.click();
        wait.until(ExpectedConditions.stalenessOf(link));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        return this;
    }

    /**
     * Moves the keyboard focus with Tab, as a keyboard user does, until it reaches the input a label names (or
     * the button with that text); fails if it never does.
     */
    public WebElement tabTo(String label) {
        WebElement target = label.startsWith("button:")
                ? driver.findElement(By.xpath("//button[normalize-space(.)=" + literal(label.substring(7)) + "]"))
                : field(label);
        for (int i = 0; i < 200; i++) {
            if (driver.switchTo().activeElement().equals(target)) {
                return target;
            }
            driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + label);
    }

    /** Tabs to a field and types into it, without the mouse. */
    public Browser keyboardType(String label, String text) {
        WebElement input = tabTo(label);
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
        return this;
    }

    /** Tabs to a checkbox and ticks it with the space bar. */
    public Browser keyboardTick(String label) {
        WebElement input = tabTo(label);
        if (!input.isSelected()) {
            input.sendKeys(org.openqa.selenium.Keys.SPACE);
        }
        return this;
    }

    /**
     * What sticks out past the window's right edge, so that the page scrolls sideways (empty when it fits): each
     * element whose own box does, by tag and class. A table inside a scrolling container does not count.
     */
    public List<String> overflowing() {
        Object found = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                if (document.documentElement.scrollWidth <= window.innerWidth) return [];
                const out = [];
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect();
                  if (r.right > window.innerWidth + 1 && !e.closest('.app-table-scroll')) {
                    out.push(e.tagName.toLowerCase() + '.' + String(e.className).replace(/ /g, '.') + ' ' + Math.round(r.right));
                  }
                }
                return out.slice(0, 10);""");
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    public String text() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body"))).getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Signs in through the demo sign-in page, as a newcomer would: find the worker, press their button. */
    public Browser signInAs(String displayName) {
        go("/sign-in");
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//tr[th[normalize-space(.)=" + literal(displayName) + "]]//button")));
        button.click();
        wait.until(ExpectedConditions.stalenessOf(button));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        return this;
    }

    /** Saves a screenshot under target/screenshots for people to review. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("could not save the screenshot " + name, e);
        }
    }

    /** axe-core on the page as it is: no violation of any impact, of WCAG 2.2 AA or of axe's best practices. */
    public void assertAccessible(String page) {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> violations = results.getViolations();
        String described = violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(violations).as("axe violations on " + page + ":\n" + described).isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** An XPath string literal for any text, quotes included. */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
