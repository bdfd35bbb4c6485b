package dk.styrbord.data.generator;

/**
 * Makes {@code regions.csv} (OFFICIAL): the five regions with DST code, name, DAGI code, ISO 3166-2
 * code and the number of municipalities in each, counted from {@link MunicipalitiesDataset}.
 *
 * <p>Example: {@code java -cp target/classes dk.styrbord.data.generator.GenerateData data}.
 */
final class RegionsDataset {
  private RegionsDataset() {}

  static CsvTable table(MunicipalitiesDataset municipalities) {
    CsvTable t = CsvTable.of("regions.csv", "region_code", "region", "dagi_code", "iso_3166_2", "municipalities");
    for (Region r : Region.values()) {
      long count = municipalities.all().stream().filter(m -> m.region() == r).count();
      t.add(r.code(), r.label(), r.dagiCode(), r.iso(), count);
    }
    return t;
  }
}
