package dk.styrbord.plot;

import dk.styrbord.WorkbenchException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium for drawing pages off screen: a PNG screenshot, or the DOM after the scripts
 * ran. Every run gets a fresh profile directory and no network (background networking, component
 * updates, QUIC and sync off; every host name resolves to nothing and every request goes to a dead
 * proxy), and a virtual time budget so plotly finishes drawing before the capture.
 *
 * <p>Example: {@code Chromium.screenshot(Path.of("chart.html"), Path.of("chart.png"), 1200, 700)}.
 */
public final class Chromium {
  /** Virtual milliseconds a page gets to draw. */
  static final int TIME_BUDGET_MS = 15_000;

  private static final long TIMEOUT_SECONDS = 120;
  private static final List<String> NAMES = List.of("chromium", "chromium-browser");

  /** The one line said when there is no Chromium. */
  private static final String MISSING = "No Chromium on the PATH to draw with: install it with `apt-get install chromium` (Debian/Ubuntu).";

  private Chromium() {}

  /** The Chromium executable on the PATH, if any. */
  public static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : NAMES) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Draws the page at {@code html} into {@code png}, {@code width} × {@code height} pixels. */
  public static void screenshot(Path html, Path png, int width, int height) {
    run(html, List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, "--hide-scrollbars"));
    if (!Files.isRegularFile(png)) {
      throw new WorkbenchException("Chromium wrote no screenshot of " + html + ".");
    }
  }

  /**
   * Prints the page at {@code html} to {@code pdf} as its print style lays it out (A4 for reports),
   * without Chromium's header and footer; the charts are drawn as for a window 1000 pixels wide.
   * Example: {@code Chromium.printToPdf(Path.of("reports/lolland.html"), Path.of("reports/lolland.pdf"))}.
   */
  public static void printToPdf(Path html, Path pdf) {
    run(html, List.of("--print-to-pdf=" + pdf.toAbsolutePath(), "--no-pdf-header-footer", "--window-size=1000,1400"));
    try {
      if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
        throw new WorkbenchException("Chromium wrote no PDF of " + html + ".");
      }
    } catch (IOException e) {
      throw new WorkbenchException("Could not read the PDF Chromium wrote of " + html + ": " + e.getMessage(), e);
    }
  }

  /** The page's DOM, serialised after its scripts ran and the time budget passed. */
  public static String dumpDom(Path html) {
    return run(html, List.of("--dump-dom", "--window-size=1200,900"));
  }

  private static String run(Path html, List<String> action) {
    Path chromium = find().orElseThrow(() -> new WorkbenchException(
        MISSING));
    Path profile = null;
    Path out = null;
    try {
      profile = Files.createTempDirectory("styrbord-chromium-");
      out = Files.createTempFile("styrbord-chromium-", ".out");
      List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
          "--mute-audio", "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
          "--user-data-dir=" + profile, "--virtual-time-budget=" + TIME_BUDGET_MS));
      command.addAll(action);
      command.add(html.toAbsolutePath().toUri().toString());
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new WorkbenchException("Chromium did not finish drawing " + html + " within " + TIMEOUT_SECONDS + " s.");
      }
      if (p.exitValue() != 0) {
        throw new WorkbenchException("Chromium failed (exit " + p.exitValue() + ") drawing " + html + ".");
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WorkbenchException("Could not run Chromium: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WorkbenchException("Stopped while Chromium was drawing " + html + ".", e);
    } finally {
      delete(profile);
      delete(out);
    }
  }

  private static void delete(Path path) {
    if (path == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory left behind is harmless
    }
  }
}
