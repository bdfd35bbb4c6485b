package dk.styrbord.plot;

import dk.styrbord.WorkbenchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A chart as a PNG image, drawn by headless Chromium from the chart's self-contained page.
 *
 * <p>Example: {@code ChartImages.png(chart, Path.of("lejre.png"), false)}.
 */
public final class ChartImages {
  /** The width of the image in pixels. */
  static final int WIDTH = 1200;
  /** Room below the plot for a footer of one line, and for each further line. */
  private static final int FOOTER_HEIGHT = 40;
  private static final int FOOTER_LINE = 18;
  /** About how many characters of the 13-pixel footer fit on one line of the image. */
  private static final int FOOTER_CHARS_PER_LINE = 150;

  private ChartImages() {}

  /** Writes the chart as a PNG to {@code path}; refuses to replace an existing file unless {@code overwrite}. */
  public static Path png(Chart chart, Path path, boolean overwrite) {
    if (!overwrite && Files.exists(path)) {
      throw new WorkbenchException(path + " exists already; pass true as the last argument to replace it.");
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("styrbord-png-");
      Path html = dir.resolve("chart.html");
      // An image has no use for plotly's toolbar.
      Files.writeString(html, chart.page(".modebar-container{display:none}"), StandardCharsets.UTF_8);
      Path shot = dir.resolve("chart.png");
      Chromium.screenshot(html, shot, WIDTH, Math.max(480, chart.layout().path("height").asInt(480)) + footerHeight(chart));
      return ChartFiles.write(path, Files.readAllBytes(shot), overwrite);
    } catch (IOException e) {
      throw new WorkbenchException("Could not draw " + path + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(dir);
    }
  }

  /** The footer's height: the sources of a result can run to several lines, and the image must not cut them off. */
  static int footerHeight(Chart chart) {
    int lines = 1 + chart.footer().length() / FOOTER_CHARS_PER_LINE;
    return FOOTER_HEIGHT + FOOTER_LINE * lines;
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.list(dir)) {
      files.forEach(f -> f.toFile().delete());
      Files.deleteIfExists(dir);
    } catch (IOException ignored) {
      // a temporary directory left behind is harmless
    }
  }
}
