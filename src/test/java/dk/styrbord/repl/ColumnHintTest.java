package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jdk.jshell.EvalException;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;

/** A mistyped column name, run on the workbench's engine, is one line with the nearest columns of that table. */
class ColumnHintTest {
  private static final String PEOPLE =
      "Table people = Table.create(\"people\", IntColumn.create(\"year\", 2023, 2024), IntColumn.create(\"count\", 5, 7));";

  private static EvalException thrown(String... snippets) {
    try (Shell shell = new Shell()) {
      shell.eval("import tech.tablesaw.api.*;");
      SnippetEvent last = null;
      for (String s : snippets) {
        last = shell.eval(s).get(0);
      }
      return (EvalException) last.exception();
    }
  }

  @Test
  void aMistypedColumnGetsTheNearestName() {
    EvalException e = thrown(PEOPLE, "people.intColumn(\"yaer\")");
    assertEquals("Styrbord", e.getExceptionClassName(), "shown as a user mistake, without a stack trace");
    assertEquals("No column \"yaer\" in table \"people\". Did you mean year?", e.getMessage());
  }

  @Test
  void aColumnWithNothingNearListsTheColumns() {
    assertEquals("No column \"qxzw\" in table \"people\". Its columns: year, count.",
        thrown(PEOPLE, "people.column(\"qxzw\")").getMessage());
  }

  @Test
  void aTableHeldByNoVariableKeepsTablesawsMessage() {
    EvalException e = thrown("Table.create(\"loose\", IntColumn.create(\"year\")).intColumn(\"yaer\")");
    assertEquals("java.lang.IllegalArgumentException", e.getExceptionClassName());
  }
}
