package dk.styrbord.notebook;

import dk.styrbord.SafeFile;
import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Suggestions;
import dk.styrbord.plot.Chromium;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a report goes and how it is written: {@code reports/NAME.html}, or {@code
 * reports/NAME-kommune.html} for a municipality given on the command line (in another folder with
 * {@code --out-dir}); written to a temporary
 * file and moved into place, so a reader never sees half a report. A report the runner wrote
 * before is replaced; any other file of that name is left alone, also one written there while the
 * notebook ran. With {@code --pdf} a PDF of the
 * same name goes beside it.
 *
 * <p>Example: {@code ReportFile.defaultFor(ReportFile.FOLDER, notebook, "Morsø")} gives {@code
 * reports/lejre-morsoe.html}.
 */
public final class ReportFile {
  /** Where reports go unless told otherwise. */
  public static final Path FOLDER = Path.of("reports");

  private ReportFile() {}

  /** The default report path for a notebook in {@code folder}, with the municipality given on the command line or null. */
  public static Path defaultFor(Path folder, Notebook notebook, String kommune) {
    String name = kommune == null ? notebook.name() : notebook.name() + "-" + Suggestions.key(kommune);
    return folder.resolve(name + ".html");
  }

  /** Fails when {@code out} exists and is not a report this runner wrote. */
  public static void checkMayWrite(Path out) {
    if (!Files.exists(out)) {
      return;
    }
    if (Files.isDirectory(out) || !writtenByRunner(out)) {
      throw new WorkbenchException(out + " exists and is not a notebook report; give another --out or move it away.");
    }
  }

  /**
   * Writes the report through a temporary file in the same folder, then moves it into place. What
   * stands at {@code out} is checked again now, at the end of the run: a file another program wrote
   * there meanwhile is never replaced (the report is refused with one line), and where there was none,
   * the report is placed only if the name is still free.
   */
  static void write(Path out, Report.Page page) {
    checkMayWrite(out);
    SafeFile.write(out, page, Files.exists(out));
  }

  /** The PDF beside a report: {@code reports/lolland.html} gives {@code reports/lolland.pdf}. */
  static Path pdfBeside(Path report) {
    String name = report.getFileName().toString();
    String stem = name.toLowerCase(Locale.ROOT).endsWith(".html") ? name.substring(0, name.length() - 5) : name;
    return report.resolveSibling(stem + ".pdf");
  }

  /**
   * Prints the report to {@code pdf} through headless Chromium and moves it into place; a PDF
   * beside a report the runner wrote is the runner's too, and is replaced.
   */
  static void writePdf(Path report, Path pdf) {
    Path printed = null;
    try {
      printed = Files.createTempFile("styrbord-report-", ".pdf");
      Chromium.printToPdf(report, printed);
      Path from = printed;
      SafeFile.write(pdf, out -> Files.copy(from, out), true);
    } catch (IOException e) {
      throw new WorkbenchException("Could not print " + report + " to a PDF: " + e.getMessage(), e);
    } finally {
      deleteQuietly(printed);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException ignored) {
      // a temporary file left behind is harmless
    }
  }

  private static boolean writtenByRunner(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(1024), StandardCharsets.UTF_8);
      return head.contains(Report.GENERATOR);
    } catch (IOException e) {
      return false;
    }
  }
}
