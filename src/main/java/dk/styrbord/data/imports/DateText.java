package dk.styrbord.data.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as Danish files write them, day first: {@code 03.01.2024}, {@code 3-1-2024},
 * {@code 03/01/2024} are all 3 January 2024 (Tablesaw's default would read the first as March 1),
 * and ISO {@code 2024-01-03}. A two-digit year is refused rather than guessed.
 *
 * <p>Example: {@code DateText.parse("03.01.2024")} gives {@code 2024-01-03}.
 */
public final class DateText {
  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([.\\-/])(\\d{1,2})\\2(\\d{4})");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  private DateText() {}

  /** True when the text has the shape of a date (it may still be an impossible one, like 31.02.2024). */
  public static boolean looksLikeDate(String text) {
    String t = text.strip();
    return DAY_FIRST.matcher(t).matches() || ISO.matcher(t).matches();
  }

  /**
   * The date in a text; null for an empty cell.
   *
   * @throws IllegalArgumentException when it is not a date or an impossible one
   */
  public static LocalDate parse(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    Matcher m = DAY_FIRST.matcher(t);
    try {
      if (m.matches()) {
        return LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
      }
      m = ISO.matcher(t);
      if (m.matches()) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("no such date: " + t, e);
    }
    throw new IllegalArgumentException("not a date: " + t);
  }
}
