package dk.styrbord.data.imports;

import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import tech.tablesaw.api.Table;

/**
 * Measures reading a large StatBank BULK export: generates a REGK31-shaped file (OMRÅDE ×
 * FUNKTION × DRANST × ART × PRISENHED × TID, decimal commas, 2 % {@code ..}, UTF-8 BOM, CRLF) in a
 * temporary folder, reads it with {@link StatbankReader}, sums INDHOLD by area and year, prints
 * time and peak heap/RSS, and, when Python with pandas is installed, runs
 * {@code pandas.read_csv(sep=';', decimal=',', na_values=['..'])} and the same groupby on the same
 * file and prints both with the ratio. The file is deleted afterwards.
 *
 * <p>Run from the project folder after {@code mvn -DskipTests package}: {@code java -cp "target/classes:target/lib/*"
 * dk.styrbord.data.imports.ImportBenchmark 5000000}.
 */
public final class ImportBenchmark {
  private static final int AREAS = 100;
  private static final int DRANST = 2;
  private static final int ART = 5;
  private static final int PRISENHED = 2;
  private static final int YEARS = 10;

  private ImportBenchmark() {}

  /** Runs the benchmark; the argument is the number of rows (default 5,000,000, a multiple of 20,000). */
  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
    int functions = Math.max(1, rows / (AREAS * DRANST * ART * PRISENHED * YEARS));
    Path dir = Files.createTempDirectory("styrbord-benchmark");
    Path file = dir.resolve("REGK31_bulk.csv");
    try {
      long t0 = System.nanoTime();
      Totals written = generate(file, functions);
      System.out.printf("generated %,d rows, %,d MB in %.1f s: %s%n", written.rows(), Files.size(file) >> 20, seconds(t0), file);
      StatbankReader reader = StatbankReader.bundled();
      reader.read(Path.of("data/sources/FOLK1AM_2021M10-2024M04.csv"));
      Result java = null;
      for (int run = 1; run <= 2; run++) {
        java = runJava(reader, file);
        System.out.printf("java run %d: read %.2f s, sum by OMRÅDE×TID %.2f s (%,d groups), total %.2f s; sum %.1f, missing %,d%n",
            run, java.read(), java.group(), java.groups(), java.read() + java.group(), java.sum(), java.missing());
      }
      System.out.printf("java peak heap %,d MB, peak RSS %,d MB (max heap %,d MB)%n",
          peakHeap() >> 20, peakRss() >> 20, Runtime.getRuntime().maxMemory() >> 20);
      check(written, java);
      Map<String, String> pandas = runPandas(file);
      if (pandas.isEmpty()) {
        System.out.println("pandas: not installed (apt-get install -y python3-pandas), skipped");
        return;
      }
      double pRead = Double.parseDouble(pandas.get("read"));
      double pGroup = Double.parseDouble(pandas.get("group"));
      System.out.printf("pandas %s: read %.2f s, groupby %.2f s, total %.2f s; sum %s, missing %s; peak RSS %s MB%n",
          pandas.get("version"), pRead, pGroup, pRead + pGroup, pandas.get("sum"), pandas.get("missing"), pandas.get("rss_mb"));
      System.out.printf("ratio java/pandas (last java run): read %.2f, groupby %.2f, total %.2f%n",
          java.read() / pRead, java.group() / pGroup, (java.read() + java.group()) / (pRead + pGroup));
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  private record Totals(long rows, double sum, long missing) {}

  private record Result(double read, double group, int groups, double sum, long missing) {}

  private static Result runJava(StatbankReader reader, Path file) {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long t0 = System.nanoTime();
    Table t = reader.read(file);
    double read = seconds(t0);
    long t1 = System.nanoTime();
    Table sums = t.summarize("INDHOLD", sum).by("OMRÅDE", "TID");
    double group = seconds(t1);
    return new Result(read, group, sums.rowCount(), t.doubleColumn("INDHOLD").sum(), t.doubleColumn("INDHOLD").countMissing());
  }

  private static void check(Totals written, Result read) {
    if (written.missing() != read.missing() || Math.abs(written.sum() - read.sum()) > Math.abs(written.sum()) * 1e-9) {
      throw new IllegalStateException("read totals differ from the generated ones: " + written + " vs " + read);
    }
    System.out.println("check: sum and missing count equal the generated file's");
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
            for (String art : new String[] {"I alt (netto)", "Udgifter", "Indtægter", "Overførsler", "Refusion"}) {
              for (String price : new String[] {"Pr. indbygger, løbende priser (kr.)", "Løbende priser (1.000 kr.)"}) {
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

  private static Map<String, String> runPandas(Path file) throws IOException, InterruptedException {
    Path script = file.resolveSibling("bench.py");
    Files.writeString(script, String.join("\n",
        "import sys, time, resource",
        "try:",
        "    import pandas as pd",
        "except ImportError:",
        "    sys.exit(3)",
        "t0 = time.perf_counter()",
        "df = pd.read_csv(sys.argv[1], sep=';', decimal=',', na_values=['..'], encoding='utf-8-sig')",
        "t1 = time.perf_counter()",
        "g = df.groupby(['OMRÅDE', 'TID'])['INDHOLD'].sum()",
        "t2 = time.perf_counter()",
        "print('version', pd.__version__)",
        "print('read', t1 - t0)",
        "print('group', t2 - t1)",
        "print('sum', round(float(df['INDHOLD'].sum()), 1))",
        "print('missing', int(df['INDHOLD'].isna().sum()))",
        "print('groups', len(g))",
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')]",
        "print('rss_mb', int(hwm[0].split()[1]) // 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)",
        ""));
    try {
      // Debian's python3-pandas lives in /usr/bin/python3, which a pyenv or venv python3 on the PATH hides
      for (String python : List.of("/usr/bin/python3", "python3")) {
        Map<String, String> out = runPython(python, script, file);
        if (!out.isEmpty()) {
          return out;
        }
      }
      return Map.of();
    } finally {
      Files.deleteIfExists(script);
    }
  }

  private static Map<String, String> runPython(String python, Path script, Path file) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(python, script.toString(), file.toString()).redirectErrorStream(true).start();
      Map<String, String> out = new HashMap<>();
      try (InputStream in = p.getInputStream()) {
        for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          int space = l.indexOf(' ');
          if (space > 0) {
            out.put(l.substring(0, space), l.substring(space + 1).strip());
          }
        }
      }
      boolean done = p.waitFor(10, TimeUnit.MINUTES);
      return done && p.exitValue() == 0 ? out : Map.of();
    } catch (IOException e) {
      return Map.of();
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
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

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
