package dk.styrbord.data;

import java.util.List;

/**
 * One bundled dataset as the catalog ({@code data/catalog.json}) describes it.
 *
 * <p>Example: {@code Catalog.bundled().entry("population").titleEn()} gives "Population by age".
 *
 * @param name the short name used at the prompt, e.g. {@code population}
 * @param file the CSV file name inside {@code data/}
 * @param titleDa the Danish title
 * @param titleEn the English title
 * @param unit the unit of the figures
 * @param years the years covered, e.g. {@code 2016-2024}
 * @param source where the figures come from
 * @param licence the licence or terms of reuse
 * @param status OFFICIAL, SYNTHETIC or MIXED
 * @param description one or two sentences on what the dataset is for
 * @param columns the columns in file order
 * @param sha256 the checksum the loader verifies, from {@code data/SHA256SUMS}
 * @param prices "current" when the dataset's amounts are in current prices (løbende priser), "" when
 *     it holds no money
 * @param owner the code of the municipality whose local data these are (cases, budget), or 0 when
 *     the dataset covers all municipalities
 */
public record DatasetEntry(
    String name,
    String file,
    String titleDa,
    String titleEn,
    String unit,
    String years,
    String source,
    String licence,
    String status,
    String description,
    List<ColumnEntry> columns,
    String sha256,
    String prices,
    int owner) {

  /** True when any column is synthetic or mixed: such data must be labelled wherever it is shown. */
  public boolean hasSyntheticData() {
    return !"OFFICIAL".equals(status);
  }
}
