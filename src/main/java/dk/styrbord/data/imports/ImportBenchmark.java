package dk.styrbord.data.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import tech.tablesaw.api.Table;

/**
 * The Java side of the import benchmark ({@code src/bench/import.sh}), in two commands, so that
 * every measured import is a fresh JVM started with the workbench's flags:
 *
 * <ul>
 *   <li>{@code generate FILE ROWS} writes a REGK31-shaped StatBank BULK file (OMRÅDE × FUNKTION ×
 *       DRANST × ART × PRISENHED × TID, decimal commas, 2 % {@code ..}, UTF-8 BOM, CRLF; ROWS a
 *       multiple of 20,000) and prints {@code rows N sum S missing M};
 *   <li>{@code run FILE} reads it with {@link StatbankReader}, sums INDHOLD by OMRÅDE and TID with
 *       {@link GroupSums#sumBy} and prints {@code read SECONDS group SECONDS groups N sum S missing M
 *       rss_mb PEAK} (the process's peak resident memory, VmHWM).
 * </ul>
 *
 * <p>Example: {@code src/bench/import.sh 5000000}.
 */
public final class ImportBenchmark {
  private static final int AREAS = 100;
  private static final int DRANST = 2;
  private static final int YEARS = 10;
  private static final List<String> ARTS = List.of("I alt (netto)", "Udgifter", "Indtægter", "Overførsler", "Refusion");
  private static final List<String> PRICES = List.of("Pr. indbygger, løbende priser (kr.)", "Løbende priser (1.000 kr.)");

  private ImportBenchmark() {}

  /** {@code generate FILE ROWS} or {@code run FILE}. */
  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("generate")) {
      int functions = Math.max(1, Integer.parseInt(args[2]) / (AREAS * DRANST * ARTS.size() * PRICES.size() * YEARS));
      Totals written = generate(Path.of(args[1]), functions);
      System.out.printf(Locale.ROOT, "rows %d sum %.1f missing %d%n", written.rows(), written.sum(), written.missing());
    } else if (args.length == 2 && args[0].equals("run")) {
      run(Path.of(args[1]));
    } else {
      System.err.println("usage: ImportBenchmark generate FILE ROWS | ImportBenchmark run FILE");
      System.exit(2);
    }
  }

  private record Totals(long rows, double sum, long missing) {}

  /** One cold import as at the prompt: the registry is loaded, the reader's code has not run yet. */
  private static void run(Path file) {
    StatbankReader reader = StatbankReader.bundled();
    long t0 = System.nanoTime();
    Table t = reader.read(file);
    long t1 = System.nanoTime();
    Table sums = GroupSums.sumBy(t, "INDHOLD", "OMRÅDE", "TID");
    long t2 = System.nanoTime();
    System.out.printf(Locale.ROOT, "read %.3f group %.3f groups %d sum %.1f missing %d rss_mb %d%n",
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, sums.rowCount(), sums.doubleColumn(2).sum(), t.doubleColumn("INDHOLD").countMissing(),
        peakRss() >> 20);
  }

  private static Totals generate(Path file, int functions) throws IOException {
    List<String> areas = areas();
    Random random = new Random(6);
    long rows = 0;
    long missing = 0;
    double total = 0;
    try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      out.write('\uFEFF');
      out.write("OMRÅDE;FUNKTION;DRANST;ART;PRISENHED;TID;INDHOLD\r\n");
      StringBuilder line = new StringBuilder(128);
      for (String area : areas) {
        for (int f = 0; f < functions; f++) {
          String function = String.format("5.%02d.%02d Funktion nummer %d", 28 + f / 100, f % 100, f);
          for (int d = 1; d <= DRANST; d++) {
            for (String art : ARTS) {
              for (String price : PRICES) {
                for (int year = 2015; year < 2015 + YEARS; year++) {
                  line.setLength(0);
                  line.append(area).append(';').append(function).append(';').append(d).append(" Driftskonti;")
                      .append(art).append(';').append(price).append(';').append(year).append(';');
                  if (random.nextInt(50) == 0) {
                    line.append("..");
                    missing++;
                  } else {
                    long tenths = random.nextInt(2_000_000) - 200_000;
                    total += tenths / 10.0;
                    if (tenths < 0) {
                      line.append('-');
                    }
                    line.append(Math.abs(tenths) / 10).append(',').append(Math.abs(tenths) % 10);
                  }
                  line.append("\r\n");
                  out.append(line);
                  rows++;
                }
              }
            }
          }
        }
      }
    }
    return new Totals(rows, total, missing);
  }

  /** 98 municipalities, the country and one region: names as StatBank writes them. */
  private static List<String> areas() {
    List<String> areas = new ArrayList<>(List.of("Hele landet", "Region Sjælland"));
    dk.styrbord.data.Municipalities.of(dk.styrbord.data.Datasets.of(dk.styrbord.data.Catalog.bundled()))
        .all().forEach(m -> areas.add(m.name()));
    return areas.subList(0, AREAS);
  }

  /** The process's peak resident set (VmHWM) on Linux, 0 elsewhere. */
  private static long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }
}
