package org.aaregistry.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's package, never a downloaded browser) driven by Selenium through Debian's
 * chromedriver, at 1366×768, the smallest screen the registry is made for. It finds things the way a person does —
 * by visible label, button text, link text, heading — checks every page it is asked to with axe-core (no serious or
 * critical violation), refuses a page that broke the Content-Security-Policy, and takes the screenshots kept in
 * docs/screenshots. Background networking is off: this machine's closed network refuses Google's hosts.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("registry.screenshots", "../docs/screenshots"));

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    Browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("registry.chromium", "/usr/bin/chromium"));
        Path profile = Files.createTempDirectory("registry-chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=en-GB",
                "--window-size=1366,768",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", profile.toString()));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Signs in on Keycloak's login page, which the registry redirected the browser to. */
    void signInAs(String username, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        ready();
    }

    /**
     * Waits until the page's script ran (it marks the body ready). When it never does, the failure says where the
     * browser is and what it shows, and what the console said: a page that never became ready is otherwise a bare
     * timeout.
     */
    void ready() {
        try {
            wait.until(d -> "true"
                    .equals(((JavascriptExecutor) d)
                            .executeScript("return document.body && document.body.dataset.ready")));
        } catch (org.openqa.selenium.TimeoutException e) {
            String shown = driver.findElements(By.tagName("body")).stream()
                    .map(WebElement::getText)
                    .findFirst()
                    .orElse("(no body)");
            throw new AssertionError(
                    "the page never became ready: " + driver.getCurrentUrl() + "\n--- it shows:\n"
                            + shown.substring(0, Math.min(shown.length(), 2000)) + "\n--- console:\n"
                            + driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                                    .map(LogEntry::getMessage)
                                    .collect(Collectors.joining("\n")),
                    e);
        }
    }

    WebElement await(By locator) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    void awaitText(String text) {
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(normalize-space(.), " + literal(text) + ")]")));
    }

    /** The input a visible label names. */
    WebElement field(String label) {
        WebElement element = await(By.xpath("//label[normalize-space()=" + literal(label) + "]"));
        return driver.findElement(By.id(element.getAttribute("for")));
    }

    /** The input an accessible name names (the count grid's cells: "Hemoglobin, row 3"). */
    WebElement named(String accessibleName) {
        return await(By.xpath("//*[@aria-label=" + literal(accessibleName) + "]"));
    }

    void type(String label, String value) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(value);
    }

    void choose(String label, String optionText) {
        new org.openqa.selenium.support.ui.Select(field(label)).selectByVisibleText(optionText);
    }

    /** Presses a button that sends the page somewhere, and waits for the next page to be ready. */
    void press(String buttonText) {
        loading(() -> pressHere(buttonText));
    }

    /** Presses a button that changes the page in place (htmx, a menu). */
    void pressHere(String buttonText) {
        click(By.xpath("//button[normalize-space()=" + literal(buttonText) + "]"));
    }

    /** Follows a link and waits for the next page to be ready. */
    void follow(String linkText) {
        loading(() -> click(By.xpath("//a[normalize-space()=" + literal(linkText) + "]")));
    }

    /** Does something that loads another page, and waits until that page (not this one) is ready. */
    void loading(Runnable action) {
        driver.executeScript("window.registryOldPage = true");
        action.run();
        wait.until(
                d -> Boolean.TRUE.equals(
                        ((JavascriptExecutor) d)
                                .executeScript(
                                        "return !window.registryOldPage && !!document.body && document.body.dataset.ready === 'true'")));
    }

    /** Clicks what a person would, after bringing it into view (below the fold of a 768-pixel screen). */
    void click(By locator) {
        WebElement element = await(locator);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    String heading() {
        return await(By.tagName("h1")).getText();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** An asynchronous script: its last argument is the callback. */
    Object asyncScript(String script, Object... args) {
        return driver.executeAsyncScript(script, args);
    }

    /** No serious or critical accessibility violation (axe-core's WCAG 2.x A and AA rules) on the page shown. */
    void assertAccessible(String page) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious)
                .as(page + ": "
                        + serious.stream()
                                .map(rule -> rule.getId() + " (" + rule.getImpact() + ") at "
                                        + rule.getNodes().stream()
                                                .limit(3)
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("; ")))
                .isEmpty();
    }

    /** No Content-Security-Policy violation and no script error in the console since the last look. */
    void assertNoConsoleErrors(String page) {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // the browser's own fetches the registry answers with 404 or a refusal are not the page's errors
                .filter(message ->
                        !message.contains("favicon.ico") && !message.contains("the server responded with a status"))
                .toList();
        assertThat(errors).as(page + " console").isEmpty();
    }

    /** A screenshot of the whole page, for docs/screenshots. */
    void screenshot(String name) throws IOException {
        Dimension original = driver.manage().window().getSize();
        long height = ((Number) driver.executeScript(
                        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)"))
                .longValue();
        driver.manage().window().setSize(new Dimension(1366, (int) Math.min(3200, Math.max(768, height + 90))));
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(original);
    }

    /** Looks at the page as its user and a checker would: accessible, no console error, kept as a screenshot. */
    void inspect(String name) throws IOException {
        assertAccessible(name);
        assertNoConsoleErrors(name);
        screenshot(name);
    }

    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
