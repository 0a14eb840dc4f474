package dev.parley.examples.site;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both at their fixed paths, so
 * that nothing is ever downloaded: Selenium Manager is not consulted when both are given. A fresh
 * profile folder per browser, removed on close; the flags keep Chromium off the (closed) network.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final Path profile;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private Browser(Path profile, ChromeDriverService service, ChromeDriver driver) {
    this.profile = profile;
    this.service = service;
    this.driver = driver;
  }

  /** Starts Chromium; fails with a message naming the packages when it is not installed. */
  static Browser start() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "the browser tests need Debian's chromium and chromium-driver packages at "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + " (.ci/run installs them: apt-get install chromium chromium-driver)");
    }
    Path profile = Files.createTempDirectory("parley-chromium-");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(new File(profile.toFile(), "chromedriver.log"))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.resolve("profile"));
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return new Browser(profile, service, driver);
  }

  /** Loads a file and waits until it has loaded. */
  void open(Path file) {
    driver.get(file.toUri().toString());
  }

  /**
   * Whether a condition becomes true within five seconds: a stylesheet of a page just loaded may
   * still be applying on a busy machine.
   */
  boolean eventually(String condition, Object... args) {
    long end = System.nanoTime() + 5_000_000_000L;
    while (true) {
      if (Boolean.TRUE.equals(js("return !!(" + condition + ")", args))) {
        return true;
      }
      if (System.nanoTime() > end) {
        return false;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  /** The address of the page shown. */
  String address() {
    return driver.getCurrentUrl();
  }

  /** Runs a script in the page and returns its value (numbers as Long or Double). */
  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** A script's value as a number. */
  double number(String script, Object... args) {
    return ((Number) js(script, args)).doubleValue();
  }

  /** A script's value as a list of strings. */
  @SuppressWarnings("unchecked")
  List<String> strings(String script, Object... args) {
    return (List<String>) js(script, args);
  }

  /**
   * Shows the page at the given width (a phone's, say) with the layout of a mobile browser when
   * {@code mobile}, and a height of {@code height} pixels.
   */
  void viewport(int width, int height, boolean mobile) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  /** Renders the page as it would print, or back as on screen. */
  void printMedia(boolean print) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
  }

  /** Writes a PNG of the whole page at the current width. */
  void screenshot(Path png) throws IOException {
    screenshot(png, true);
  }

  /** Writes a PNG of the whole page, or of the first screen only, as a person first sees it. */
  void screenshot(Path png, boolean wholePage) throws IOException {
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", wholePage));
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
