package dk.styrbord.data.imports;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A StatBank time code: year {@code 2023}, half-year {@code 2023H1}, quarter {@code 2023K1} (or
 * {@code 2023Q1} in English labels), month {@code 2023M01}, day {@code 2024M01D03} (or a date written
 * {@code 03.01.2024} / {@code 2024-01-03}). The first day of the period sorts and filters by time;
 * the frequency says how long it is.
 *
 * <p>Example: {@code Period.parse("2021M10")} gives {@code 2021-10-01 month}.
 *
 * @param start the first day of the period
 * @param frequency {@code year}, {@code half-year}, {@code quarter}, {@code month} or {@code day}
 */
public record Period(LocalDate start, String frequency) {
  private static final Pattern CODE = Pattern.compile("(\\d{4})(?:([KQHM])(\\d{1,2}))?");
  private static final Pattern DAY = Pattern.compile("(\\d{4})M(\\d{2})D(\\d{2})");

  /** The period a StatBank time code names; a code-and-label value such as {@code 2026K1 2026Q1} reads its code. */
  public static Period parse(String text) {
    String t = text.strip();
    int space = t.indexOf(' ');
    if (space > 0) {
      t = t.substring(0, space);
    }
    if (DateText.looksLikeDate(t)) {
      return new Period(DateText.parse(t), "day");
    }
    Matcher day = DAY.matcher(t.toUpperCase(java.util.Locale.ROOT));
    if (day.matches()) {
      return new Period(DateText.parse(day.group(1) + "-" + day.group(2) + "-" + day.group(3)), "day");
    }
    Matcher m = CODE.matcher(t.toUpperCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("not a StatBank period: " + text);
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return new Period(LocalDate.of(year, 1, 1), "year");
    }
    int n = Integer.parseInt(m.group(3));
    return switch (m.group(2)) {
      case "H" -> of(year, n, 2, 6, "half-year", text);
      case "M" -> of(year, n, 12, 1, "month", text);
      default -> of(year, n, 4, 3, "quarter", text);
    };
  }

  /** True when the text is a StatBank time code. */
  public static boolean isPeriod(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Period of(int year, int n, int count, int months, String frequency, String text) {
    if (n < 1 || n > count) {
      throw new IllegalArgumentException("not a StatBank period: " + text);
    }
    return new Period(LocalDate.of(year, 1 + (n - 1) * months, 1), frequency);
  }

  @Override
  public String toString() {
    return start + " " + frequency;
  }
}
