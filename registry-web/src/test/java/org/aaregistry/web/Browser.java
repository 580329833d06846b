package org.aaregistry.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's package, never a downloaded browser) driven by Selenium through Debian's
 * chromedriver. Background networking is off: this machine's closed network refuses Google's hosts.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;

    Browser() throws java.io.IOException {
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
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
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
    }

    WebElement await(By locator) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    String textOf(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
