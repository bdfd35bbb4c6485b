package dk.styrbord.data.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The type a column of a user's CSV gets, decided from all its values: whole numbers, decimal
 * numbers (with the decimal mark they use), dates (day first), or text. Codes with leading zeros
 * ({@code 0101}) stay text. A column that is mostly numbers (more than half of its values that are
 * not missing) with cells that are not is an error naming them, not a silent fall-back to text.
 * Missing cells are those of {@link NumberText#MISSING}.
 *
 * @param kind {@code INTEGER}, {@code DOUBLE}, {@code DATE} or {@code TEXT}
 * @param decimalMark ',' or '.' for numbers
 * @param description how the preview describes the column
 */
record ColumnPlan(String kind, char decimalMark, String description) {
  private static final Pattern LEADING_ZERO = Pattern.compile("[+-]?0\\d.*");
  private static final Pattern HAS_DAY_FIRST_DOT = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
  private static final Pattern HAS_DAY_FIRST_DASH = Pattern.compile("\\d{1,2}-\\d{1,2}-\\d{4}");

  static final String INTEGER = "INTEGER";
  static final String DOUBLE = "DOUBLE";
  static final String DATE = "DATE";
  static final String TEXT = "TEXT";

  /** Decides a column's type from its values; {@code lines} give each value's line for messages. */
  static ColumnPlan of(Path file, String name, List<String> values, long[] lines, char separator) {
    int present = 0;
    int dates = 0;
    for (String v : values) {
      if (!NumberText.isMissing(v)) {
        present++;
        if (DateText.looksLikeDate(v)) {
          dates++;
        }
      }
    }
    if (present == 0) {
      return new ColumnPlan(TEXT, ',', "empty");
    }
    if (dates == present) {
      return dates(file, name, values, lines);
    }
    char preferred = separator == ',' ? '.' : ',';
    char other = preferred == ',' ? '.' : ',';
    int withPreferred = count(values, preferred);
    int withOther = count(values, other);
    if (withPreferred == present || withOther == present) {
      char mark = withPreferred == present ? preferred : other;
      return numbers(values, mark);
    }
    int best = Math.max(withPreferred, withOther);
    if (best >= 2 && best * 2 > present && !hasCodes(values)) {
      throw notNumbers(file, name, values, lines, withPreferred >= withOther ? preferred : other, best, present);
    }
    if (dates >= 2 && dates * 10 >= present * 8) {
      return dates(file, name, values, lines);
    }
    return new ColumnPlan(TEXT, ',', "text");
  }

  /**
   * A column that is mostly numbers with cells that are not: one line naming the first few with
   * their lines and the count, never a silent fall-back to text (which would hide the numbers).
   */
  private static dk.styrbord.WorkbenchException notNumbers(Path file, String name, List<String> values, long[] lines, char mark, int numbers,
      int present) {
    List<String> bad = new java.util.ArrayList<>();
    long firstLine = 0;
    int count = 0;
    for (int i = 0; i < values.size(); i++) {
      if (!NumberText.isNumber(values.get(i), mark)) {
        count++;
        firstLine = count == 1 ? lines[i] : firstLine;
        if (bad.size() < 3) {
          bad.add(ImportProblem.quote(values.get(i)) + " (" + ImportProblem.placeWord(file) + " " + lines[i] + ")");
        }
      }
    }
    return ImportProblem.at(file, firstLine, String.format("column %s is numbers in %,d of its %,d values, but %,d %s not: %s%s",
            name, numbers, present, count, count == 1 ? "is" : "are", String.join(", ", bad), count > bad.size() ? ", …" : ""),
        "Correct " + (count == 1 ? "that cell" : "those cells") + " (numbers like " + (mark == ',' ? "12,5 or 1.234,56" : "12.5 or 1,234.56")
            + "), or leave " + (count == 1 ? "it" : "them") + " empty for a missing value (NA, N/A and .. count as missing too)");
  }

  /** True when a value is a code with a leading zero ({@code 0101}): such a column stays text. */
  private static boolean hasCodes(List<String> values) {
    return values.stream().anyMatch(v -> LEADING_ZERO.matcher(v.strip()).matches());
  }

  private static int count(List<String> values, char mark) {
    int n = 0;
    for (String v : values) {
      if (!NumberText.isMissing(v) && !LEADING_ZERO.matcher(v.strip()).matches() && NumberText.isNumber(v, mark)) {
        n++;
      }
    }
    return n;
  }

  private static ColumnPlan numbers(List<String> values, char mark) {
    boolean whole = true;
    for (String v : values) {
      double d = NumberText.parse(v, mark);
      if (!Double.isNaN(d) && (v.indexOf(mark) >= 0 || Math.abs(d) > Integer.MAX_VALUE - 1 || d != Math.rint(d))) {
        whole = false;
        break;
      }
    }
    if (whole) {
      return new ColumnPlan(INTEGER, mark, "whole number");
    }
    return new ColumnPlan(DOUBLE, mark, mark == ',' ? "number, decimal comma (12,5; 1.234,56)" : "number, decimal point (12.5; 1,234.56)");
  }

  private static ColumnPlan dates(Path file, String name, List<String> values, long[] lines) {
    String shape = "yyyy-MM-dd";
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (NumberText.isMissing(v)) {
        continue;
      }
      try {
        DateText.parse(v);
      } catch (IllegalArgumentException e) {
        throw ImportProblem.at(file, lines[i], ImportProblem.quote(v) + " in column " + name + " is not a date"
                + (DateText.looksLikeDate(v) ? " (no such day)" : ""),
            "Write dates day first as 03.01.2024 or 03-01-2024, or as 2024-01-03; leave the cell empty if unknown");
      }
      if (HAS_DAY_FIRST_DOT.matcher(v.strip()).matches()) {
        shape = "dd.MM.yyyy";
      } else if (HAS_DAY_FIRST_DASH.matcher(v.strip()).matches()) {
        shape = "dd-MM-yyyy";
      }
    }
    return new ColumnPlan(DATE, ',', "date (" + shape + ", day first)");
  }
}
