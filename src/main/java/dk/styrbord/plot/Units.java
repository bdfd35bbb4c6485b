package dk.styrbord.plot;

import dk.styrbord.analysis.ResultInfo;
import java.util.Set;

/**
 * Axis labels with their units, in the chart's language. A result's unit comes from its {@link
 * ResultInfo}, never from a table's name; a column of a plain table is labelled by its name.
 */
final class Units {
  /** The columns Styrbord's results hold their main figure in: these are in the info's unit. */
  private static final Set<String> MAIN_FIGURE = Set.of("per_inhabitant", "per_1000", "national", "own", "group",
      "actual", "expected", "value");

  private Units() {}

  /** A result's unit with its price basis, in the chart's language: "DKK per 18–64-year-old, fixed 2024 prices". */
  static String of(ResultInfo info, Language language) {
    return language.text(info.unitLine(), info.unitLineDanish());
  }

  /** A result's unit alone, in the chart's language. */
  static String unit(ResultInfo info, Language language) {
    return language.text(info.unit().english(), info.unit().danish());
  }

  /** "per 18–64-year-old" from "DKK per 18–64-year-old": the unit without its currency, for a title. */
  static String perWhom(ResultInfo info, Language language) {
    return unit(info, language).replace("DKK ", "").replace("kr. ", "");
  }

  /** A result's scope, "5.38 (adults)", in the chart's language: "5.38 (voksne)". */
  static String scope(ResultInfo info, Language language) {
    return scope(info.scope() == null ? "" : info.scope(), language);
  }

  /** A scope or area, "adults" or "5.28 (children)", in the chart's language. */
  static String scope(String scope, Language language) {
    return language.text(scope, scope.replace("adults", "voksne").replace("children", "børn og unge"));
  }

  /** "fixed 2024 prices" / "2024-priser". */
  static String fixedPrices(int year, Language language) {
    return language.text("fixed " + year + " prices", year + "-priser");
  }

  /**
   * An axis label for a column: the result's unit for the column that holds its main figure, a
   * fixed label for the other columns Styrbord's results use, else the column's own name. {@code
   * info} is null for a plain table.
   */
  static String column(String column, ResultInfo info, Language language) {
    if (info != null && isMainFigure(column)) {
      return of(info, language);
    }
    return switch (column) {
      case "index_national" -> language.text("index (national level = 100)", "indeks (landsniveau = 100)");
      case "index_group" -> language.text("index (comparison group = 100)", "indeks (sammenligningsgruppe = 100)");
      case "dkk_million" -> language.text("DKK million", "mio. kr.");
      case "change_pct", "group_change_pct" -> language.text("change, %", "ændring, %");
      case "socioeconomic_index" -> language.text("socio-economic index (national = 1.0)", "socioøkonomisk indeks (landsgennemsnit = 1,0)");
      case "disability_pension_share" -> language.text("on disability pension, % of 18–64-year-olds", "på førtidspension, % af 18–64-årige");
      case "basic_schooling_share" -> language.text("basic schooling only, % of 25–64-year-olds", "kun grundskole, % af 25–64-årige");
      case "taxable_income_1000" -> language.text("taxable income per inhabitant, DKK 1,000", "skattepligtig indkomst pr. indbygger, 1.000 kr.");
      case "dst_group" -> language.text("DST municipality group", "DST-kommunegruppe");
      case "comparison_group" -> language.text("comparison group", "sammenligningsgruppe");
      case "year" -> language.text("Year", "År");
      case "residual" -> info == null ? "residual" : language.text("residual, ", "residual, ") + of(info, language);
      default -> column;
    };
  }

  /** Whether a result's column holds its main figure, e.g. per_inhabitant, own_2021 or group_2019. */
  static boolean isMainFigure(String column) {
    return MAIN_FIGURE.contains(column) || column.matches("(own|group)_\\d{4}");
  }
}
