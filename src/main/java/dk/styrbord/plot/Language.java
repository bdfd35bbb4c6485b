package dk.styrbord.plot;

import java.util.Locale;

/**
 * The language of a chart's titles and axis labels, and the number format plotly uses: English
 * ({@code 12,345.6}) or Danish ({@code 12.345,6}, plotly {@code separators: ",."}).
 *
 * <p>Example: {@code Language.DANISH.text("Year", "År")} is "År".
 */
public enum Language {
  ENGLISH(".,"),
  DANISH(",.");

  private final String separators;

  Language(String separators) {
    this.separators = separators;
  }

  /** Danish when {@code danish} is true, else English. */
  public static Language of(boolean danish) {
    return danish ? DANISH : ENGLISH;
  }

  /** The text in this language. */
  public String text(String english, String danish) {
    return this == DANISH ? danish : english;
  }

  /** plotly's {@code separators}: the decimal mark, then the thousands separator. */
  public String separators() {
    return separators;
  }

  /** A number with thousands separators and {@code decimals} decimals, as this language writes it. */
  public String number(double value, int decimals) {
    String english = String.format(Locale.ROOT, "%,." + decimals + "f", value);
    if (this == ENGLISH) {
      return english;
    }
    StringBuilder danish = new StringBuilder(english.length());
    for (char c : english.toCharArray()) {
      danish.append(c == ',' ? '.' : c == '.' ? ',' : c);
    }
    return danish.toString();
  }
}
