package dk.styrbord.plot;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language of charts and of results printed at the prompt: titles, axis labels, column
 * headers and the number format, English ({@code 12,345.6}) or Danish ({@code 12.345,6}, plotly
 * {@code separators: ",."}). Data keep their official Danish names in both.
 *
 * <p>Example: {@code Language.DANISH.text("Year", "År")} is "År".
 */
public enum Language {
  ENGLISH(".,"),
  DANISH(",.");

  /** The Danish headers of the columns results have; a column not here keeps its name. */
  private static final Map<String, String> DANISH_COLUMNS = Map.ofEntries(
      Map.entry("rank", "rang"), Map.entry("code", "kode"), Map.entry("municipality", "kommune"),
      Map.entry("name", "navn"), Map.entry("year", "år"), Map.entry("dst_group", "dst_gruppe"),
      Map.entry("comparison_group", "sammenligningsgruppe"), Map.entry("region", "region"),
      Map.entry("per_inhabitant", "pr_indbygger"), Map.entry("index_national", "indeks_land"),
      Map.entry("dkk_million", "mio_kr"), Map.entry("population", "befolkning"), Map.entry("measure", "ydelse"),
      Map.entry("recipients", "modtagere"), Map.entry("per_1000", "pr_1000"), Map.entry("own", "egen"),
      Map.entry("group", "gruppe"), Map.entry("index_group", "indeks_gruppe"), Map.entry("function", "funktion"),
      Map.entry("function_name", "funktionsnavn"), Map.entry("area", "område"), Map.entry("net_dkk", "netto_kr"),
      Map.entry("dkk", "kr"), Map.entry("change_pct", "ændring_pct"), Map.entry("group_change_pct", "gruppe_ændring_pct"),
      Map.entry("group_level", "gruppeniveau"), Map.entry("gap_per_inhabitant", "forskel_pr_indbygger"),
      Map.entry("gap_dkk_million", "forskel_mio_kr"), Map.entry("per_inhabitant_fixed", "pr_indbygger_faste"),
      Map.entry("index_first_year", "indeks_første_år"), Map.entry("national", "land"));

  /** A column of one year, such as "own_2019": its name, then the year. */
  private static final Pattern OF_A_YEAR = Pattern.compile("(.+)_(\\d{4})");

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

  /** A result column's header in this language, e.g. "per_inhabitant" is "pr_indbygger" in Danish. */
  public String column(String name) {
    if (this == ENGLISH) {
      return name;
    }
    Matcher ofAYear = OF_A_YEAR.matcher(name);
    if (!DANISH_COLUMNS.containsKey(name) && ofAYear.matches()) {
      return column(ofAYear.group(1)) + "_" + ofAYear.group(2);
    }
    return DANISH_COLUMNS.getOrDefault(name, name);
  }

  /** plotly's {@code separators}: the decimal mark, then the thousands separator. */
  public String separators() {
    return separators;
  }

  /** A number with thousands separators and {@code decimals} decimals, as this language writes it. */
  public String number(double value, int decimals) {
    return figure(String.format(Locale.ROOT, "%,." + decimals + "f", value));
  }

  /** A figure written the English way ("12,345.6") as this language writes it ("12.345,6"). */
  public String figure(String english) {
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
