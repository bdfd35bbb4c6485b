package dk.styrbord.repl;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.DatasetEntry;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line for a dataset variable used although its dataset was not loaded ({@code regions.rowCount()}
 * after {@code data/regions.csv} was deleted): "The dataset regions was not loaded, so regions is
 * null: …missing. Restore …", naming the problem and its fix as the banner's NOT LOADED line does, in
 * place of a bare NullPointerException. The JVM's own message names the field that was null
 * ({@code "dk.styrbord.repl.DatasetVariables.regions" is null}), which is how the variable is known.
 *
 * <p>Example: {@code MissingDatasetHint.of(exception)}.
 */
final class MissingDatasetHint {
  private static final Pattern NULL_FIELD =
      Pattern.compile("\"" + Pattern.quote(DatasetVariables.class.getName()) + "\\.(\\w+)\" is null");

  private MissingDatasetHint() {}

  /** The hint for {@code thrown} when it is a NullPointerException on a dataset variable; else empty. */
  static Optional<String> of(Throwable thrown) {
    if (!(thrown instanceof NullPointerException) || thrown.getMessage() == null) {
      return Optional.empty();
    }
    Matcher m = NULL_FIELD.matcher(thrown.getMessage());
    if (!m.find()) {
      return Optional.empty();
    }
    String variable = m.group(1);
    Session session;
    try {
      session = Session.current();
    } catch (WorkbenchException e) {
      return Optional.of(variable + " is null because no dataset was loaded: " + e.getMessage());
    }
    for (DatasetEntry e : session.datasets().catalog().entries()) {
      Optional<String> problem = session.problems().stream().filter(p -> p.contains(e.file())).findFirst();
      if (StartupScript.variableName(e.name()).equals(variable) && problem.isPresent()) {
        return Optional.of("The dataset " + e.name() + " was not loaded, so " + variable + " is null: " + problem.get().replaceAll("\\.$", "")
            + "; then start the workbench again.");
      }
    }
    return Optional.of(variable + " is null: it was set to null in this session; /reset gives it its dataset again.");
  }
}
