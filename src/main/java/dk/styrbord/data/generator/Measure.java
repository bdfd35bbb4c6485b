package dk.styrbord.data.generator;

/**
 * The measures counted in {@code recipients.csv}, with the spending function(s) that pay for them and
 * the national calibration of the synthetic adult volumes.
 *
 * <p>Example: {@code Measure.HOME_SUPPORT.national(2020)} is the national §85 count the 2020 model is scaled to.
 */
enum Measure {
  LONG_TERM_HOUSING("§108", "Længerevarende botilbud", "adults", "5.38.50", 10_500, 0.010, 1.0, 1_200),
  TEMPORARY_HOUSING("§107", "Midlertidigt botilbud", "adults", "5.38.52", 5_500, 0.020, 1.0, 500),
  HOME_SUPPORT("§85", "Socialpædagogisk støtte i eget hjem", "adults", "5.38.38", 45_000, 0.030, 1.2, 700),
  SHELTERED_EMPLOYMENT("§103", "Beskyttet beskæftigelse", "adults", "5.38.58", 8_000, 0.010, 0.8, 140),
  ACTIVITY_CENTRES("§104", "Aktivitets- og samværstilbud", "adults", "5.38.59", 22_000, 0.020, 1.0, 290),
  PLACEMENT("anbringelse", "Anbragte børn og unge", "children", "5.28.20+5.28.22+5.28.23", 11_500, 0, 0, 0),
  PREVENTIVE("forebyggende", "Forebyggende foranstaltninger", "children", "5.28.21", 30_000, 0, 0, 0);

  final String code;
  final String label;
  final String area;
  final String function;
  /** National recipients in 2024 (calibration target). */
  final int national2024;
  /** Yearly growth of national recipients (adults; children follow official spending). */
  final double trend;
  /** Elasticity of recipients per 18–64-year-old to the socio-economic index (adults). */
  final double needElasticity;
  /** National net spending per inhabitant in 2024, kr., of the measure's function (adults). */
  final int perInhabitant2024;

  Measure(String code, String label, String area, String function, int national2024, double trend,
      double needElasticity, int perInhabitant2024) {
    this.code = code;
    this.label = label;
    this.area = area;
    this.function = function;
    this.national2024 = national2024;
    this.trend = trend;
    this.needElasticity = needElasticity;
    this.perInhabitant2024 = perInhabitant2024;
  }

  boolean adults() {
    return area.equals("adults");
  }

  /** National recipients of a year: the 2024 level moved by the yearly trend. */
  double national(int year) {
    return national2024 * StrictMath.pow(1 + trend, year - 2024);
  }
}
