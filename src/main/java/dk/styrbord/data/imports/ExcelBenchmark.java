package dk.styrbord.data.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tech.tablesaw.api.Table;

/**
 * The workbook part of {@code ./workbench bench} ({@code src/bench/xlsx.sh}): whether reading an
 * .xlsx stays linear in its size. It writes two workbooks of the same shape, {@code ROWS} and four
 * times as many rows, each row with a municipality, a year, an amount and an empty cell at column
 * XFD (the far reference that made reading quadratic before), then reads them alternately, three
 * times each after a warm-up, and prints the medians as a figure: the larger read against four
 * times the smaller, target at most 1.5.
 *
 * <p>Example: {@code java -cp … dk.styrbord.data.imports.ExcelBenchmark 20000}.
 */
public final class ExcelBenchmark {
  private static final String[] AREAS = {"Lejre", "Lolland", "Morsø", "Hørsholm", "Varde", "Sønderborg"};

  private ExcelBenchmark() {}

  /** {@code ROWS}: the smaller workbook's rows. */
  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    Path dir = Files.createTempDirectory("styrbord-xlsx-bench");
    try {
      Path small = write(dir.resolve("small.xlsx"), rows);
      Path large = write(dir.resolve("large.xlsx"), 4 * rows);
      ExcelReader reader = ExcelReader.bundled();
      seconds(reader, small);
      List<Double> smallTimes = new ArrayList<>();
      List<Double> largeTimes = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        smallTimes.add(seconds(reader, small));
        largeTimes.add(seconds(reader, large));
      }
      double s = median(smallTimes);
      double l = median(largeTimes);
      System.err.printf(Locale.ROOT, "  xlsx: %,d rows (%,d bytes) %.3f s; %,d rows (%,d bytes) %.3f s; ratio to linear %.2f%n",
          rows, Files.size(small), s, 4 * rows, Files.size(large), l, l / (4 * s));
      System.out.printf(Locale.ROOT, "FIGURE|xlsx read, 4x the rows|%.3f|s|4x the time of 1x|%.3f|1.5%n", l, 4 * s);
    } finally {
      for (String name : new String[] {"small.xlsx", "large.xlsx"}) {
        Files.deleteIfExists(dir.resolve(name));
      }
      Files.deleteIfExists(dir);
    }
  }

  private static double seconds(ExcelReader reader, Path file) {
    long start = System.nanoTime();
    Table t = reader.read(file);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (t.rowCount() == 0) {
      throw new IllegalStateException("read no rows from " + file);
    }
    return seconds;
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  private static Path write(Path file, int rows) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      part(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets>"
          + "<sheet name=\"Ark1\" sheetId=\"1\"/></sheets></workbook>");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      Writer xml = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
      xml.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
      xml.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>kommune</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>aar</t></is></c>"
          + "<c r=\"C1\" t=\"inlineStr\"><is><t>beloeb</t></is></c></row>");
      for (int r = 2; r <= rows + 1; r++) {
        xml.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>" + AREAS[r % AREAS.length] + "</t></is></c>"
            + "<c r=\"B" + r + "\"><v>" + (2016 + r % 9) + "</v></c><c r=\"C" + r + "\"><v>" + (r * 37 % 100_000) / 10.0 + "</v></c>"
            + "<c r=\"XFD" + r + "\"/></row>");
      }
      xml.write("</sheetData></worksheet>");
      xml.flush();
      zip.closeEntry();
    }
    return file;
  }

  private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
