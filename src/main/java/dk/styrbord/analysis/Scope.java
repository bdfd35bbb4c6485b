package dk.styrbord.analysis;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Suggestions;
import java.util.Collection;

/**
 * What spending to look at: a whole area (main function 5.38 or 5.28) or one account function in
 * it, such as 5.38.50 long-term housing (§108).
 *
 * <p>Example: {@code Scope.parse("5.38.50", knownFunctions)} is function 5.38.50 of {@code ADULTS}.
 *
 * @param area the area, which decides the age group spending is divided by
 * @param function a dotted account function, or null for the whole area
 */
public record Scope(Area area, String function) {

  /** The scope a text names: an area word ("5.38", "voksne") or a known function ("5.38.50"). */
  public static Scope parse(String text, Collection<String> knownFunctions) {
    String trimmed = text.trim();
    if (!trimmed.matches("\\d\\.\\d\\d\\.\\d\\d")) {
      return new Scope(Area.of(trimmed), null);
    }
    if (!knownFunctions.contains(trimmed)) {
      throw new WorkbenchException(
          "Unknown account function \"" + trimmed + "\"." + Suggestions.didYouMean(trimmed, knownFunctions)
              + " Functions: " + String.join(", ", knownFunctions.stream().sorted().toList()) + ".");
    }
    return new Scope(Area.of(trimmed.substring(0, 4)), trimmed);
  }

  /** True when spending booked on this function belongs to the scope. */
  public boolean includes(String accountFunction) {
    return function == null ? accountFunction.startsWith(area.mainFunction() + ".") : function.equals(accountFunction);
  }

  /** A short label, e.g. "5.38 (adults)" or "5.38.50". */
  public String label() {
    return function == null ? area.mainFunction() + " (" + area.code() + ")" : function;
  }

  /** The same in Danish: "5.38 (voksne)", "5.28 (børn)", or the function. */
  public String labelDanish() {
    return function == null ? area.mainFunction() + (area == Area.ADULTS ? " (voksne)" : " (børn)") : function;
  }
}
