package dk.styrbord.data.generator;

import java.util.Map;
import java.util.Set;

/**
 * Resolves the municipality labels of a label-only source file (Danish or English) to DST codes through
 * the names of {@code municipality_names.csv}; a label that is neither a municipality nor one of the
 * file's known other areas stops the generator with one line naming it.
 *
 * <p>Example: {@code new MunicipalityLabels(register, "FOLK1B.csv", Set.of("All Denmark")).code("Copenhagen")} is 101.
 */
final class MunicipalityLabels {
  private final Map<String, Integer> codes;
  private final String file;
  private final Set<String> others;

  /** A lookup for one file whose other areas (the country, Christiansø, regions) are {@code others}. */
  MunicipalityLabels(MunicipalitiesDataset register, String file, Set<String> others) {
    this.codes = MunicipalityNamesDataset.codes(register);
    this.file = file;
    this.others = others;
  }

  /** True for the file's areas that are not one of the 98 municipalities. */
  boolean isOther(String label) {
    return others.contains(label);
  }

  /** The code of a municipality label. */
  int code(String label) {
    Integer code = codes.get(label);
    if (code == null) {
      throw new SourceException(file + ": no municipality is called '" + label + "' (not in municipality_names.csv)");
    }
    return code;
  }
}
