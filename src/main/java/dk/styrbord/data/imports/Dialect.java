package dk.styrbord.data.imports;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a delimited text file is written: encoding, separator, quoting, header line and line ends,
 * detected from its first megabyte.
 *
 * <p>Example: the StatBank API's CSV gives {@code UTF-8 with BOM, ';', header, CRLF}; its web
 * export gives {@code windows-1252, ',', quoted, no header, CRLF}.
 *
 * @param encoding the text encoding and whether a byte-order mark starts the file
 * @param separator the field separator: ';', ',', tab or '|'
 * @param quoted whether fields are in double quotes
 * @param header whether the first line names the columns
 * @param lineEnding {@code CRLF}, {@code LF} or {@code CR}
 */
public record Dialect(TextEncoding encoding, char separator, boolean quoted, boolean header, String lineEnding) {
  private static final char[] SEPARATORS = {';', '\t', ',', '|'};
  private static final int SAMPLE_RECORDS = 200;

  /** The separator as people name it. */
  public String separatorName() {
    return switch (separator) {
      case ';' -> "semicolon (;)";
      case ',' -> "comma (,)";
      case '\t' -> "tab";
      default -> "'" + separator + "'";
    };
  }

  @Override
  public String toString() {
    return encoding + ", " + separatorName() + (quoted ? ", quoted fields" : "") + (header ? ", header line" : ", no header")
        + ", " + lineEnding;
  }

  /** The dialect of an opened file, found in its sample. */
  static Dialect sniff(TextSource source) {
    String sample = source.sample();
    if (!source.sampleIsWhole()) {
      int lastBreak = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
      sample = lastBreak > 0 ? sample.substring(0, lastBreak + 1) : sample;
    }
    // The dialect is the table's: "# Unit: …" lines above the header have neither its separator nor its columns.
    sample = CommentLines.after(sample);
    refuseOtherFormats(source.file(), sample);
    char separator = separatorOf(source.file(), sample);
    List<String[]> records = records(source.file(), sample, separator, SAMPLE_RECORDS);
    boolean quoted = firstLineQuoted(sample, separator);
    return new Dialect(source.encoding(), separator, quoted, hasHeader(records), lineEnding(sample));
  }

  private static void refuseOtherFormats(Path file, String sample) {
    String start = sample.stripLeading().toLowerCase(java.util.Locale.ROOT);
    if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml")) {
      throw ImportProblem.at(file, 1, "this is a web page or XML, not CSV (often an error page saved by a failed download)",
          "Download the data again as CSV (StatBank: format CSV or BULK; statistikbanken.dk: Gem som → CSV)");
    }
    if (start.startsWith("{") || start.startsWith("[")) {
      throw ImportProblem.at(file, 1, "this is JSON (for example JSON-stat), not CSV",
          "Ask the StatBank API for format CSV or BULK instead of JSONSTAT, or export the data as CSV");
    }
  }

  /**
   * The first records of a sample, split with a separator: those before the first record that
   * cannot be split (reading the whole file reports that one with its line), or the error itself
   * when not even the first record can be split.
   */
  static List<String[]> records(Path file, String sample, char separator, int limit) {
    List<String[]> out = new ArrayList<>();
    try (RecordReader reader = new RecordReader(new StringReader(sample), separator, file)) {
      String[] r;
      while (out.size() < limit && (r = reader.next()) != null) {
        out.add(r);
      }
    } catch (RuntimeException e) {
      if (out.isEmpty()) {
        throw e;
      }
    }
    return out;
  }

  private static char separatorOf(Path file, String sample) {
    char best = ';';
    double bestScore = -1;
    for (char candidate : SEPARATORS) {
      double score;
      try {
        score = score(records(file, sample, candidate, SAMPLE_RECORDS));
      } catch (RuntimeException e) {
        continue;
      }
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * How well a split explains the sample. A split of the first line into two or more fields wins
   * (a header or first row defines the columns; rows that disagree are reported later, naming
   * their line); among those, the share of records with as many fields as the first line decides.
   * Otherwise the most common field count above one.
   */
  private static double score(List<String[]> records) {
    if (records.isEmpty()) {
      return 0;
    }
    int first = records.get(0).length;
    if (first >= 2) {
      long agreeing = records.stream().filter(r -> r.length == first).count();
      return 2 + (double) agreeing / records.size() + Math.min(first, 50) / 1000.0;
    }
    Map<Integer, Integer> counts = new HashMap<>();
    records.forEach(r -> counts.merge(r.length, 1, Integer::sum));
    Map.Entry<Integer, Integer> mode =
        counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).orElseThrow();
    return mode.getKey() < 2 ? 0 : (double) mode.getValue() / records.size();
  }

  private static boolean firstLineQuoted(String sample, char separator) {
    String first = sample.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    return first.startsWith("\"") || first.contains(separator + "\"");
  }

  private static boolean hasHeader(List<String[]> records) {
    if (records.isEmpty()) {
      return true;
    }
    String[] first = records.get(0);
    for (String name : first) {
      String n = name.strip().toUpperCase(java.util.Locale.ROOT);
      if (n.equals("INDHOLD") || n.equals("TID") || n.equals("OMRÅDE")) {
        return true;
      }
    }
    if (records.size() < 2) {
      return !anyNumber(first);
    }
    String[] second = records.get(1);
    for (int i = 0; i < Math.min(first.length, second.length); i++) {
      if (!second[i].isBlank() && isValue(second[i]) && !isValue(first[i]) && !first[i].isBlank()) {
        return true;
      }
    }
    return !anyNumber(first);
  }

  private static boolean anyNumber(String[] record) {
    for (String f : record) {
      if (isValue(f) && !f.isBlank() && !NumberText.isMissing(f)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isValue(String text) {
    return NumberText.isNumber(text, ',') || NumberText.isNumber(text, '.') || DateText.looksLikeDate(text) || Period.isPeriod(text);
  }

  private static String lineEnding(String sample) {
    int lf = sample.indexOf('\n');
    int cr = sample.indexOf('\r');
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      return lf == cr + 1 ? "CRLF" : "CR";
    }
    return "LF";
  }
}
