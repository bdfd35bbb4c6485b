package dk.styrbord.notebook;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Debian chromium and chromium-driver packages, started headless through Selenium with the
 * binaries named explicitly (so Selenium Manager never downloads a browser or a driver), the
 * browser's console log kept, and every host but 127.0.0.1 resolving to nothing.
 *
 * <p>Example: {@code ChromeDriver driver = HeadlessChromium.start(1400, 1000);}
 */
final class HeadlessChromium {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  static ChromeDriver start(int width, int height) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("The notebook page tests need headless Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
          + ": apt-get install chromium chromium-driver");
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=" + width + "," + height, "--hide-scrollbars", "--disable-extensions",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
        "--no-first-run", "--no-default-browser-check", "--disable-quic", "--mute-audio",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }
}
