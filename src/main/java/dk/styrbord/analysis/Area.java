package dk.styrbord.analysis;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Suggestions;
import java.util.List;
import java.util.Map;

/**
 * The two target groups of the specialised social area, each with its main account function and
 * the age group spending is compared per: adults (5.38, per 18–64-year-old) and children and
 * young people (5.28, per 0–17-year-old), as the ministry's key figures do.
 *
 * <p>Example: {@code Area.of("voksne")} is {@code ADULTS}.
 */
public enum Area {
  /** 5.38 Tilbud til voksne med særlige behov, compared per 18–64-year-old. */
  ADULTS("5.38", "adults", "age_18_64", "18-64-year-old", "Tilbud til voksne med særlige behov"),
  /** 5.28 Tilbud til børn og unge med særlige behov, compared per 0–17-year-old. */
  CHILDREN("5.28", "children", "age_0_17", "0-17-year-old", "Tilbud til børn og unge med særlige behov");

  private static final Map<String, Area> WORDS =
      Map.ofEntries(
          Map.entry("538", ADULTS), Map.entry("adults", ADULTS), Map.entry("adult", ADULTS),
          Map.entry("voksne", ADULTS), Map.entry("voksen", ADULTS), Map.entry("voksenomraadet", ADULTS),
          Map.entry("528", CHILDREN), Map.entry("children", CHILDREN), Map.entry("child", CHILDREN),
          Map.entry("boern", CHILDREN), Map.entry("born", CHILDREN), Map.entry("boernogunge", CHILDREN),
          Map.entry("unge", CHILDREN), Map.entry("boerneomraadet", CHILDREN));

  private final String mainFunction;
  private final String code;
  private final String ageColumn;
  private final String perWhom;
  private final String danishName;

  Area(String mainFunction, String code, String ageColumn, String perWhom, String danishName) {
    this.mainFunction = mainFunction;
    this.code = code;
    this.ageColumn = ageColumn;
    this.perWhom = perWhom;
    this.danishName = danishName;
  }

  /** The area a word names: "5.38", "adults", "voksne", "5.28", "children", "børn" and the like. */
  public static Area of(String text) {
    Area area = WORDS.get(Suggestions.key(text));
    if (area == null) {
      throw new WorkbenchException(
          "Unknown area \"" + text + "\"." + Suggestions.didYouMean(text, List.of("5.38", "5.28", "adults", "children", "voksne", "børn"))
              + " Use \"5.38\" / \"adults\" / \"voksne\" or \"5.28\" / \"children\" / \"børn\".");
    }
    return area;
  }

  /** The main account function, "5.38" or "5.28". */
  public String mainFunction() {
    return mainFunction;
  }

  /** The value of the {@code area} column in the bundled tables: "adults" or "children". */
  public String code() {
    return code;
  }

  /** The population column spending is divided by: {@code age_18_64} or {@code age_0_17}. */
  public String ageColumn() {
    return ageColumn;
  }

  /** How a per-inhabitant figure reads: "per 18-64-year-old". */
  public String perWhom() {
    return "per " + perWhom;
  }

  /** The age group as "18–64" or "0–17", with an en dash. */
  public String ages() {
    return perWhom.replace("-year-old", "").replace('-', '–');
  }

  /** The Danish name of the main function. */
  public String danishName() {
    return danishName;
  }
}
