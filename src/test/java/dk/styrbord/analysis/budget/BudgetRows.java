package dk.styrbord.analysis.budget;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small hand-made budget tables with the columns of the bundled budget dataset that the analyses use. */
final class BudgetRows {
  private BudgetRows() {}

  static Table empty() {
    return Table.create("budget", IntColumn.create("year"), IntColumn.create("month"), StringColumn.create("area"),
        DoubleColumn.create("budget_dkk"), DoubleColumn.create("actual_dkk"));
  }

  /** Adds one month; a NaN actual is a month not booked yet. */
  static void add(Table t, int year, int month, String area, double budget, double actual) {
    t.intColumn("year").append(year);
    t.intColumn("month").append(month);
    t.stringColumn("area").append(area);
    t.doubleColumn("budget_dkk").append(budget);
    t.doubleColumn("actual_dkk").append(actual);
  }
}
