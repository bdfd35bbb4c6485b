package dk.styrbord.repl;

import dk.styrbord.WorkbenchException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The variables you declared in a JShell session, one row each: name, type and the value in one
 * line ({@link ValueSummary}, as {@code /vars} shows it). Expressions' {@code $1}-style results are
 * left out, and so are the datasets, which are names already ({@code datasets()} lists them).
 *
 * <p>Example: {@code VariableOverview.of(session)} after {@code var t = level("5.38", 2024);} has a
 * row {@code t | ResultTable | Spending on 5.38 … · 98 rows × 8 columns: rank, code, …}.
 */
final class VariableOverview {
  static final String TITLE = "vars(): your variables (the datasets are names already: datasets() lists them)";

  private VariableOverview() {}

  /** The overview of {@code session}'s variables, in the order they were declared. */
  static Table of(JShell session) {
    if (session == null) {
      throw new WorkbenchException("This session's variables cannot be read here (start the workbench with ./workbench);"
          + " JShell's own /vars lists them.");
    }
    Table out = Table.create(TITLE, StringColumn.create("variable"), StringColumn.create("type"),
        StringColumn.create("value"));
    session.variables()
        .filter(v -> v.subKind() != Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND)
        .forEach(v -> {
          out.stringColumn("variable").append(v.name());
          out.stringColumn("type").append(v.typeName());
          out.stringColumn("value").append(value(session, v));
        });
    return out;
  }

  private static String value(JShell session, VarSnippet v) {
    if (session.status(v) != Snippet.Status.VALID) {
      return "not usable yet: it needs "
          + String.join(", ", session.unresolvedDependencies(v).toList()) + " to be declared";
    }
    return session.varValue(v);
  }
}
