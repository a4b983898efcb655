package org.backoffice.itests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
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
 * One headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven from the test JVM, with the
 * waits the console's tests need and, on failure, a screenshot and the browser's console log under {@code target/}.
 */
final class Browser implements AutoCloseable {

    static final String CHROMEDRIVER = System.getProperty("chromedriver", "/usr/bin/chromedriver");
    static final String CHROMIUM = System.getProperty("chromium", "/usr/bin/chromium");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final String base;

    Browser(String base) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900",
                "--disable-dev-shm-usage", "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    private WebDriverWait waiting(Duration within) {
        WebDriverWait wait = new WebDriverWait(driver, within);
        // lit re-renders: an element found a moment ago may have been replaced
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    WebElement await(String css) {
        return waiting(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void awaitGone(String css, Duration within) {
        waiting(within).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(css), 0));
    }

    void awaitText(String css, String text) {
        waiting(WAIT).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.stream().anyMatch(e -> e.getText().contains(text));
        });
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement input = await(css);
        input.clear();
        input.sendKeys(text);
    }

    void click(String css) {
        waiting(WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** A screenshot and the browser's console log, named after the failed test. */
    void saveEvidence(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target/console-it"));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            StringBuilder log = new StringBuilder("url: " + driver.getCurrentUrl() + "\n");
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                log.append(entry).append('\n');
            }
            log.append("\n").append(driver.getPageSource());
            Files.writeString(folder.resolve(name + ".log"), log, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("could not save the browser's state: " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
