package dk.styrbord.plot;

import dk.styrbord.analysis.ResultInfo;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Axis labels with their units, read from the names analysis results give their tables: "per
 * 18-64-year-old" in a table's name says what spending is per.
 */
final class Units {
  private static final Pattern PER_WHOM = Pattern.compile("per (\\d+)-(\\d+)-year-old");

  private Units() {}

  /** "DKK per 18–64-year-old" (or "kr. pr. 18–64-årig"), or per inhabitant when the name says no age group. */
  static String dkkPer(String tableName, Language language) {
    Matcher m = PER_WHOM.matcher(tableName);
    if (!m.find()) {
      return language.text("DKK per inhabitant", "kr. pr. indbygger");
    }
    String ages = m.group(1) + "–" + m.group(2);
    return language.text("DKK per " + ages + "-year-old", "kr. pr. " + ages + "-årig");
  }

  /** A result's unit with its price basis, in the chart's language: "DKK per 18–64-year-old, fixed 2024 prices". */
  static String of(ResultInfo info, Language language) {
    return language.text(info.unitLine(), info.unitLineDanish());
  }

  /** A result's unit alone, in the chart's language. */
  static String unit(ResultInfo info, Language language) {
    return language.text(info.unit().english(), info.unit().danish());
  }

  /** "fixed 2024 prices" / "2024-priser". */
  static String fixedPrices(int year, Language language) {
    return language.text("fixed " + year + " prices", year + "-priser");
  }

  /** "current prices" / "løbende priser". */
  static String currentPrices(Language language) {
    return language.text("current prices", "løbende priser");
  }

  /** An axis label for a column: its unit where the column is one Styrbord's results use, else its name. */
  static String column(String column, String tableName, Language language) {
    return switch (column) {
      case "per_inhabitant", "actual", "expected" -> dkkPer(tableName, language);
      case "per_inhabitant_fixed" -> dkkPer(tableName, language) + ", " + language.text("fixed prices", "faste priser");
      case "per_1000" -> language.text("recipients per 1,000 inhabitants of the age group",
          "modtagere pr. 1.000 indbyggere i aldersgruppen");
      case "index_national" -> language.text("index (national level = 100)", "indeks (landsniveau = 100)");
      case "dkk_million" -> language.text("DKK million", "mio. kr.");
      case "socioeconomic_index" -> language.text("socio-economic index (national = 1.0)", "socioøkonomisk indeks (landsgennemsnit = 1,0)");
      case "disability_pension_share" -> language.text("on disability pension, % of 18–64-year-olds", "på førtidspension, % af 18–64-årige");
      case "basic_schooling_share" -> language.text("basic schooling only, % of 25–64-year-olds", "kun grundskole, % af 25–64-årige");
      case "taxable_income_1000" -> language.text("taxable income per inhabitant, DKK 1,000", "skattepligtig indkomst pr. indbygger, 1.000 kr.");
      case "dst_group" -> language.text("DST municipality group", "DST-kommunegruppe");
      case "comparison_group" -> language.text("comparison group", "sammenligningsgruppe");
      case "residual" -> language.text("residual, ", "residual, ") + dkkPer(tableName, language);
      default -> column.replace('_', ' ');
    };
  }
}
