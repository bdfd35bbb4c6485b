package dk.styrbord.data.generator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes {@code price_index.csv} (SYNTHETIC): a yearly price index for municipal service spending,
 * 2016–2026, 2024 = 100, to turn current prices into fixed prices.
 *
 * <p>Method: the real index Danish analysts use is the ministry's and KL's pris- og lønindeks for
 * kommunale serviceudgifter (published by KL as "Pris- og lønskøn til brug for budgetlægningen", with
 * a "Historisk PL-oversigt" spreadsheet). No copy of its yearly figures was found in the stored
 * sources, so this is an approximation built from the yearly growth rates in {@link #GROWTH_PERCENT}:
 * about 1.5–2 % a year, 4–5 % in the inflation years 2022 and 2023, easing after. Replace it with the
 * published figures when they are at hand. No random draws, so no seed.
 *
 * <p>Example: {@code java -cp target/classes dk.styrbord.data.generator.GenerateData data}.
 */
final class PriceIndexDataset {
  static final int FIRST = 2016;
  static final int LAST = 2026;
  static final int BASE = 2024;

  /** Growth in % from the year before (calibration of the approximation). */
  private static final Map<Integer, Double> GROWTH_PERCENT = Map.of(
      2017, 1.6, 2018, 1.5, 2019, 1.6, 2020, 1.9, 2021, 2.0,
      2022, 4.6, 2023, 4.4, 2024, 2.7, 2025, 2.4, 2026, 2.2);

  private final Map<Integer, Double> index = new LinkedHashMap<>();

  PriceIndexDataset() {
    Map<Integer, Double> level = new LinkedHashMap<>();
    level.put(FIRST, 1.0);
    for (int y = FIRST + 1; y <= LAST; y++) {
      level.put(y, level.get(y - 1) * (1 + GROWTH_PERCENT.get(y) / 100));
    }
    for (int y = FIRST; y <= LAST; y++) {
      index.put(y, Double.parseDouble(CsvTable.decimal(100 * level.get(y) / level.get(BASE), 1)));
    }
  }

  /** The index of a year as published (one decimal), 2024 = 100. */
  double index(int year) {
    return index.get(year);
  }

  /** The factor that turns 2024 prices into prices of the given year. */
  double fromBase(int year) {
    return index(year) / 100.0;
  }

  CsvTable table() {
    CsvTable t = CsvTable.of("price_index.csv", "year", "index", "source");
    index.forEach((year, value) -> t.add(year, CsvTable.decimal(value, 1),
        "synthetic approximation of the pris- og lønindeks for kommunale serviceudgifter"));
    return t;
  }
}
