package org.tiescan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tiescan.store.DirectoryTrees;
import org.tiescan.store.cases.Hit;
import org.tiescan.store.cases.HitStatus;

/**
 * The web UI in a real headless Chromium (Debian's chromium and chromium-driver, installed by
 * scripts/browser): log in with a key, search in Chinese and Latin script, clear a hit from the
 * review queue with the keyboard, check the decision is in the case store, undo it. Screenshots go
 * to target/screenshots (kept by CI). Skipped, saying so, only when no Chromium is installed.
 */
class BrowserTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("tiescan.chromium", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(System.getProperty("tiescan.chromedriver", "/usr/bin/chromedriver"));
  private static final Path SHOTS = Path.of("target/screenshots");
  private static TestServer s;
  private static ChromeDriver browser;
  private static Path profile;

  @BeforeAll
  static void boot() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!installed) System.out.println("BrowserTest SKIPPED: no " + CHROMIUM + " / " + DRIVER + " (run scripts/browser)");
    Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed (scripts/browser installs them)");
    Files.createDirectories(SHOTS);
    profile = Files.createTempDirectory("tiescan-chromium");
    s = TestServer.start();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--window-size=1366,900", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.quit();
    if (s != null) s.close();
    // Chromium's profile (≈ 2 MB) was left in the temporary directory by every run
    if (profile != null) DirectoryTrees.deleteQuietly(profile);
  }

  @Test
  void searchReviewAndUndoInTheBrowser() throws IOException {
    browser.get(s.base() + "/ui/review");
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    browser.findElement(By.id("key")).sendKeys(s.reviewer);
    browser.findElement(By.cssSelector("form.login button")).click();
    waitFor(By.cssSelector("h1"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
    assertThat(browser.findElements(By.cssSelector("svg.chart"))).isNotEmpty();
    shot("1-dashboard");

    browser.get(s.base() + "/ui/search");
    browser.findElement(By.id("q")).sendKeys("杭州海康威视数字技术股份有限公司", Keys.ENTER);
    waitFor(By.id("results"));
    String results = browser.findElement(By.id("results")).getText();
    assertThat(results).containsIgnoringCase("hikvision").contains("84 FR 54002").contains("Why:");
    shot("2-search-han");
    browser.findElement(By.id("q")).clear();
    browser.findElement(By.id("q")).sendKeys("iflytek", Keys.ENTER);
    waitFor(By.id("results"));
    assertThat(browser.findElement(By.id("results")).getText()).containsIgnoringCase("iflytek");

    browser.get(s.base() + "/ui/review");
    List<WebElement> pending = browser.findElements(By.cssSelector("article.hit.pending"));
    assertThat(pending).isNotEmpty();
    long id = Long.parseLong(pending.get(0).getAttribute("data-hit"));
    shot("3-review-queue");
    // keyboard: the first hit has focus; x chooses "clear", the reason goes in, Enter sends it
    browser.switchTo().activeElement().sendKeys("x");
    WebElement reason = browser.switchTo().activeElement();
    assertThat(reason.getAttribute("name")).isEqualTo("reason");
    reason.sendKeys("Different company: browser test", Keys.ENTER);
    waitFor(By.cssSelector(".flash.ok"));
    assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).contains("Hit " + id + " cleared");
    shot("4-decided");

    Hit stored = TestServer.backend().cases().hit(id).orElseThrow();
    assertThat(stored.status()).isEqualTo(HitStatus.CLEARED);
    assertThat(stored.reason()).isEqualTo("Different company: browser test");
    assertThat(stored.reviewer()).startsWith("reviewer-");
    assertThat(browser.findElement(By.id("decided-" + id)).getText()).contains("cleared");

    browser.findElement(By.cssSelector("#decided-" + id + " form.undo button")).click();
    // the "cleared" flash of the page before is still there until the browser has loaded the answer,
    // so wait for the undo's own message, not for any flash
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "(undone)"));
    assertThat(TestServer.backend().cases().hit(id).orElseThrow().status()).isEqualTo(HitStatus.PENDING);
  }

  @Test
  void entityAndListsPages() throws IOException {
    login();
    browser.get(s.base() + "/ui/entities/ts-hikvision");
    assertThat(browser.findElements(By.cssSelector("figure.graph svg"))).isNotEmpty();
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Designations").contains("Evidence");
    shot("5-entity");
    browser.get(s.base() + "/ui/lists");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("us-csl").contains("What changed");
    shot("6-lists");
  }

  private static void login() {
    browser.get(s.base() + "/ui");
    if (!browser.getCurrentUrl().endsWith("/login")) return;
    browser.findElement(By.id("key")).sendKeys(s.reviewer, Keys.ENTER);
    waitFor(By.cssSelector("header nav"));
  }

  private static void waitFor(By what) {
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(what));
  }

  private static void shot(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}
