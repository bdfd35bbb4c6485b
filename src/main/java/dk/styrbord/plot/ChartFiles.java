package dk.styrbord.plot;

import dk.styrbord.SafeFile;
import dk.styrbord.WorkbenchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Writing charts to files: a self-contained HTML page (plotly.js inlined), written to a temporary
 * file beside the target and moved into place atomically, so a reader never sees half a page; an
 * existing file is kept unless the caller asks to replace it.
 *
 * <p>Example: {@code ChartFiles.save(chart, Path.of("lejre.html"), false)}.
 */
public final class ChartFiles {
  private ChartFiles() {}

  /** Writes the chart's page to {@code path}; refuses to replace an existing file unless {@code overwrite}. */
  public static Path save(Chart chart, Path path, boolean overwrite) {
    return write(path, chart.page().getBytes(StandardCharsets.UTF_8), overwrite);
  }

  /** Writes {@code bytes} to {@code path} through a temporary file and an atomic move. */
  static Path write(Path path, byte[] bytes, boolean overwrite) {
    return SafeFile.write(path, bytes, overwrite);
  }

  /**
   * A new file in {@code dir} named after {@code title}, e.g. {@code lejre-spending.html}, then
   * {@code -2}, {@code -3} … when taken. The file is created empty, so the name is reserved.
   */
  public static Path newFile(Path dir, String title, String extension) {
    String base = slug(title);
    try {
      Files.createDirectories(dir);
      for (int n = 1; ; n++) {
        Path candidate = dir.resolve(base + (n == 1 ? "" : "-" + n) + "." + extension);
        try {
          return Files.createFile(candidate);
        } catch (FileAlreadyExistsException taken) {
          // try the next number
        }
      }
    } catch (IOException e) {
      throw new WorkbenchException("Could not create a file in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A file name from a title: lower case, æøå as ae/oe/aa, other accents dropped, words joined by '-', at most 60 characters. */
  static String slug(String title) {
    String ascii = Normalizer.normalize(title.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa"),
        Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
    }
    return slug.isEmpty() ? "chart" : slug;
  }
}
