package dk.styrbord.plot;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Showing a chart: its page is written to a new file in a folder (named from the title, never
 * replacing one), then opened in the default browser where there is a display. Without one
 * (headless, over SSH, in CI) the file is the result.
 *
 * <p>Example: {@code ChartViewer.show(chart, Path.of("charts"))}.
 */
public final class ChartViewer {
  private ChartViewer() {}

  /**
   * Where a shown chart went.
   *
   * @param file the page written
   * @param opened true if a browser was asked to open it
   */
  public record Shown(Path file, boolean opened) {}

  /** Writes the chart's page into {@code dir} and opens it when a browser can be. */
  public static Shown show(Chart chart, Path dir) {
    Path file = ChartFiles.newFile(dir, chart.title(), "html");
    ChartFiles.write(file, chart.page().getBytes(StandardCharsets.UTF_8), true);
    return new Shown(file, canBrowse() && browse(file));
  }

  /** True where {@code java.awt.Desktop} can open a browser: not headless, and browsing supported. */
  public static boolean canBrowse() {
    return !GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
        && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE);
  }

  private static boolean browse(Path file) {
    try {
      Desktop.getDesktop().browse(file.toAbsolutePath().toUri());
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
