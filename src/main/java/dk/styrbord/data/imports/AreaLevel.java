package dk.styrbord.data.imports;

import dk.styrbord.data.Municipalities;
import dk.styrbord.data.Municipality;
import dk.styrbord.data.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an area value in a StatBank file is: the whole country ({@code 000}, {@code Hele landet},
 * {@code All Denmark}), a region ({@code 081}–{@code 085}, {@code Region …}), one of the 98
 * municipalities (by code or by name as {@link Municipalities} resolves it), or another grouping
 * that is kept but has no municipality code (kommunegrupper {@code 910}–{@code 960}, landsdele,
 * Christiansø {@code 411}, which is not a municipality).
 *
 * <p>Example: {@code AreaLevel.of(municipalities).classify("Lejre")} gives {@code kommune 350 Lejre}.
 */
final class AreaLevel {
  static final String LAND = "land";
  static final String REGION = "region";
  static final String KOMMUNE = "kommune";
  static final String OTHER = "other";

  /** An area value's level and, for a municipality, its code and official name (0 and "" otherwise). */
  record Area(String level, int code, String name) {}

  private static final Set<String> NATIONAL = Set.of("alldenmark", "denmark", "danmark", "helelandet", "landet", "total", "ialt");
  private static final Set<String> GROUPS = Set.of(
      "hovedstadskommuner", "storbykommuner", "provinsbykommuner", "oplandskommuner", "landkommuner",
      "capitalmunicipalities", "metropolitanmunicipalities", "provincialmunicipalities", "commutermunicipalities",
      "ruralmunicipalities", "christiansoe", "christianso", "uoplyst", "unknown", "udlandet", "abroad");
  private static final Set<String> ENGLISH_REGIONS = Set.of(
      "northdenmarkregion", "centraldenmarkregion", "regionofsoutherndenmark", "capitalregionofdenmark", "regionzealand");

  private final Municipalities municipalities;
  private final Map<String, Area> cache = new HashMap<>();

  private AreaLevel(Municipalities municipalities) {
    this.municipalities = municipalities;
  }

  static AreaLevel of(Municipalities municipalities) {
    return new AreaLevel(municipalities);
  }

  /** The area a value names, or null when it is not one we know (see {@link #suggestion}). */
  Area classify(String value) {
    return cache.computeIfAbsent(value, this::lookUp);
  }

  /** True when most of these values are areas: the way a header-less file's area column is found. */
  boolean mostlyAreas(List<String> values) {
    long known = values.stream().filter(v -> classify(v) != null && !classify(v).level().equals(OTHER)).count();
    return !values.isEmpty() && known * 10 >= values.size() * 8;
  }

  /**
   * The area {@code value} names; else one line naming the file, the line, the column and the
   * nearest name. Example: {@code areas.require("Lejre", file, 2, "OMRÅDE")}.
   */
  Area require(String value, Path file, long line, String column) {
    Area area = classify(value);
    if (area == null) {
      String near = suggestion(value);
      throw ImportProblem.at(file, line, ImportProblem.quote(value) + " in " + column
              + " is not a municipality, a region or the whole country" + (near.isEmpty() ? "" : ". " + near),
          "Correct the name (kommuner() lists all 98), or remove the row");
    }
    return area;
  }

  /** " Did you mean Sønderborg?" for a value that is not an area, or a hint listing what is accepted. */
  String suggestion(String value) {
    List<String> names = new ArrayList<>();
    municipalities.all().forEach(m -> names.add(m.name()));
    String near = Suggestions.didYouMean(value, names);
    return near.isEmpty() ? "" : near.strip();
  }

  private Area lookUp(String raw) {
    String value = raw.strip();
    if (value.matches("\\d{1,4}")) {
      return byCode(Integer.parseInt(value));
    }
    int space = value.indexOf(' ');
    if (space > 0 && value.substring(0, space).matches("\\d{1,4}")) {
      return byCode(Integer.parseInt(value.substring(0, space)));
    }
    String key = Suggestions.key(value);
    if (NATIONAL.contains(key)) {
      return new Area(LAND, 0, "");
    }
    if (key.startsWith("region") || ENGLISH_REGIONS.contains(key)) {
      return new Area(REGION, 0, "");
    }
    if (GROUPS.contains(key) || key.startsWith("landsdel") || key.startsWith("province") || key.startsWith("kommunegruppe")) {
      return new Area(OTHER, 0, "");
    }
    if (municipalities.isKnown(value)) {
      Municipality m = municipalities.resolve(value);
      return new Area(KOMMUNE, m.code(), m.name());
    }
    return null;
  }

  private Area byCode(int code) {
    if (code == 0) {
      return new Area(LAND, 0, "");
    }
    if (code >= 81 && code <= 85) {
      return new Area(REGION, 0, "");
    }
    if (code >= 900 || code == 411 || code < 81) {
      return new Area(OTHER, 0, "");
    }
    if (municipalities.isKnown(String.valueOf(code))) {
      Municipality m = municipalities.resolve(code);
      return new Area(KOMMUNE, m.code(), m.name());
    }
    return null;
  }
}
