package dk.styrbord.data.generator;

import java.util.Map;

/**
 * The calibrations that put the five seed stories ({@code shared/seeds/}) into the synthetic data,
 * in one place so that each story's figures can be traced to the constants that make them.
 *
 * <ul>
 *   <li>Lolland (360): many citizens, cheap ones. Adult volumes × {@link #LOLLAND_VOLUME}, unit prices
 *       × {@link #LOLLAND_PRICE}: the highest 5.38 spending per 18–64-year-old, unit prices in the
 *       cheapest quartile.
 *   <li>Morsø (773): volumes rising 2016–2019, then the turnaround from {@link #MORSOE_INTERVENTION}:
 *       from 2019 to 2021 §85 −48 %, §107 −23 %, §103+§104 −18 % ({@link #MORSOE_CUTS}).
 *   <li>Hørsholm (223): adult volumes rise {@link #HOERSHOLM_PRACTICE_DRIFT} a year faster than
 *       elsewhere and the socio-economic index {@link #HOERSHOLM_NEED_DRIFT} a year: need explains
 *       part, not all, of the rise.
 *   <li>Lejre (350): more citizens in housing (§107/§108) and §85 than its need suggests
 *       ({@link #LEJRE_HOUSING}, {@link #LEJRE_HOME_SUPPORT}), slowly reduced by its recovery plan.
 *   <li>Sønderborg (540) and Hørsholm: the case and budget training sets ({@link CasesDataset},
 *       {@link BudgetDataset}).
 * </ul>
 *
 * <p>Example: {@code SeedStories.volume(SeedStories.LOLLAND, Measure.HOME_SUPPORT, 2020)} is 1.55.
 */
final class SeedStories {
  static final int LOLLAND = 360;
  static final int MORSOE = 773;
  static final int HOERSHOLM = 223;
  static final int LEJRE = 350;
  static final int SOENDERBORG = 540;

  static final double LOLLAND_VOLUME = 1.55;
  static final double LOLLAND_PRICE = 0.84;

  static final int MORSOE_INTERVENTION = 2019;
  /** Morsø's volume multipliers before the turnaround, rising {@link #MORSOE_PRE_GROWTH} a year to 2019. */
  static final Map<Measure, Double> MORSOE_PRE = Map.of(
      Measure.HOME_SUPPORT, 1.45, Measure.TEMPORARY_HOUSING, 1.6,
      Measure.SHELTERED_EMPLOYMENT, 1.2, Measure.ACTIVITY_CENTRES, 1.2, Measure.LONG_TERM_HOUSING, 1.1);
  static final double MORSOE_PRE_GROWTH = 0.04;
  /** Fall in recipients from 2019 to 2021 (the figures in the Morsø story). */
  static final Map<Measure, Double> MORSOE_CUTS = Map.of(
      Measure.HOME_SUPPORT, 0.48, Measure.TEMPORARY_HOUSING, 0.23,
      Measure.SHELTERED_EMPLOYMENT, 0.18, Measure.ACTIVITY_CENTRES, 0.18);

  static final double HOERSHOLM_PRACTICE_DRIFT = 0.02;
  static final double HOERSHOLM_NEED_DRIFT = 0.012;

  static final double LEJRE_HOUSING = 1.45;
  static final double LEJRE_HOME_SUPPORT = 1.35;
  static final double LEJRE_RECOVERY = 0.015;

  private SeedStories() {}

  /** Multiplier on a municipality's modelled adult recipients of a measure in a year. */
  static double volume(int code, Measure measure, int year) {
    return switch (code) {
      case LOLLAND -> LOLLAND_VOLUME;
      case MORSOE -> MORSOE_PRE.get(measure)
          * StrictMath.pow(1 + MORSOE_PRE_GROWTH, Math.min(year, MORSOE_INTERVENTION) - 2016);
      case HOERSHOLM -> StrictMath.pow(1 + HOERSHOLM_PRACTICE_DRIFT, year - 2016);
      case LEJRE -> lejre(measure) * (1 - LEJRE_RECOVERY * (year - 2016));
      default -> 1.0;
    };
  }

  /** Multiplier on a municipality's unit prices. */
  static double priceLevel(int code) {
    return code == LOLLAND ? LOLLAND_PRICE : 1.0;
  }

  /** Multiplier on a municipality's socio-economic index before normalisation. */
  static double needDrift(int code, int year) {
    return code == HOERSHOLM ? StrictMath.pow(1 + HOERSHOLM_NEED_DRIFT, year - 2016) : 1.0;
  }

  private static double lejre(Measure measure) {
    return switch (measure) {
      case LONG_TERM_HOUSING, TEMPORARY_HOUSING -> LEJRE_HOUSING;
      case HOME_SUPPORT -> LEJRE_HOME_SUPPORT;
      default -> 1.1;
    };
  }
}
