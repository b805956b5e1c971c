package org.dudao.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, as a user of the Camunda webapps: logs in, waits
 * for Angular to settle, takes screenshots into {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;

    public Browser(int port, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("dudao.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=" + language,
                "--user-data-dir=" + tempProfile());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("dudao.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.base = "http://localhost:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Logs into a Camunda webapp (tasklist, cockpit, admin) with the demo password. */
    public Browser login(String app, String user) {
        open("/camunda/app/" + app + "/default/");
        WebElement name = await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        name.clear();
        name.sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        await(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
        return this;
    }

    public <T> T await(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    public <T> T await(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100)).until(condition);
    }

    public WebElement element(By by) {
        return await(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> elements(By by) {
        return driver.findElements(by);
    }

    public void click(By by) {
        await(ExpectedConditions.elementToBeClickable(by)).click();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String tempProfile() {
        try {
            return Files.createTempDirectory("dudao-chromium-" + UUID.randomUUID()).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
