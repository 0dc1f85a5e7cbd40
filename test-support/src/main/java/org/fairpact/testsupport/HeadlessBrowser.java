package org.fairpact.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromium-driver (both installed by {@code
 * bin/fairpact test}: bin/lib/browser.sh). The driver and the browser are named explicitly, so
 * Selenium Manager never looks for (or downloads) either; each browser gets a profile directory of
 * its own, removed again by {@link #close()}.
 *
 * <p>WebDriver cannot add a header to the browser's requests, so a page behind a bearer token is
 * either fetched by the test with its token and shown with {@link #show(String)} (from a file), or
 * signs in itself (a page with a sign-in form that keeps the token in {@code sessionStorage}).
 */
public final class HeadlessBrowser implements AutoCloseable {

  /** Where {@link #screenshot(Path)} puts relative paths (a test artefact of the module). */
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final Path BROWSER =
      Path.of(System.getProperty("fairpact.chromium", "/usr/bin/chromium"));
  private static final Path DRIVER =
      Path.of(System.getProperty("fairpact.chromedriver", "/usr/bin/chromedriver"));
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final Path profile;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private HeadlessBrowser(Path profile, ChromeDriverService service, ChromeDriver driver) {
    this.profile = profile;
    this.service = service;
    this.driver = driver;
  }

  /** Starts chromedriver and a headless Chromium of 1280 x 1024 pixels. */
  public static HeadlessBrowser start() {
    for (Path executable : new Path[] {BROWSER, DRIVER}) {
      if (!Files.isExecutable(executable)) {
        throw new IllegalStateException(
            executable
                + " missing: apt-get install chromium chromium-driver (bin/fairpact test"
                + " does it)");
      }
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("fairpact-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .withSilent(true)
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,1024",
        "--user-data-dir=" + profile);
    try {
      return new HeadlessBrowser(profile, service, new ChromeDriver(service, options));
    } catch (RuntimeException e) {
      service.stop();
      delete(profile);
      throw e;
    }
  }

  /** The driver itself, for what this class does not offer. */
  public WebDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  /**
   * Shows the HTML from a file of the browser's profile directory ({@code file:} URL): a page
   * fetched by the test with a bearer token the browser could not send.
   */
  public void show(String html) {
    Path page = profile.resolve("page-" + System.nanoTime() + ".html");
    try {
      Files.writeString(page, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    open(page.toUri().toString());
  }

  /** Waits (at most 20 s) until the condition yields something other than null or false. */
  public <T> T await(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).until(condition);
  }

  /** Waits (at most 20 s) until an element matching the locator is visible, and returns it. */
  public WebElement awaitVisible(By locator) {
    return await(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /**
   * Writes a PNG of the viewport to {@code file}, a relative path under {@link #SCREENSHOTS}
   * ({@code .png} added when it has no such ending); returns where it went.
   */
  public Path screenshot(Path file) {
    Path target = file.isAbsolute() ? file : SCREENSHOTS.resolve(file);
    if (!target.getFileName().toString().endsWith(".png")) {
      target = target.resolveSibling(target.getFileName() + ".png");
    }
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      delete(profile);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a profile directory left in /tmp is no reason to fail a test
    }
  }
}
