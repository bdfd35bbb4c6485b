package dk.styrbord.analysis;

import dk.styrbord.WorkbenchException;
import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * All municipalities ranked by spending per inhabitant of the age group in one year, with an index
 * against the national level (= 100) and the total in DKK million.
 *
 * <p>Example: {@code Level.of(perInhabitant, national, municipalities, 2024, info)}.
 */
public final class Level {
  private Level() {}

  /** rank, code, municipality, dst_group, per_inhabitant, index_national, dkk_million, population. */
  public static ResultTable of(Table perInhabitant, Table national, Table municipalities, int year, ResultInfo info) {
    Table rows = perInhabitant.where(perInhabitant.intColumn("year").isEqualTo(year)).sortDescendingOn("per_inhabitant");
    if (rows.isEmpty()) {
      throw new WorkbenchException("No spending in " + year + ". Years: "
          + perInhabitant.intColumn("year").unique().sorted(Integer::compare).asList() + ".");
    }
    double nationalLevel = national.where(national.intColumn("year").isEqualTo(year)).numberColumn("per_inhabitant").getDouble(0);
    Map<Integer, String> groups = new HashMap<>();
    municipalities.forEach(r -> groups.put(r.getInt("code"), r.getString("dst_group")));
    Table t = Table.create(info.title(),
        IntColumn.create("rank"), IntColumn.create("code"), StringColumn.create("municipality"), StringColumn.create("dst_group"),
        DoubleColumn.create("per_inhabitant"), DoubleColumn.create("index_national"), DoubleColumn.create("dkk_million"),
        IntColumn.create("population"));
    int rank = 0;
    for (Row r : rows) {
      t.intColumn("rank").append(++rank);
      t.intColumn("code").append(r.getInt("code"));
      t.stringColumn("municipality").append(r.getString("municipality"));
      t.stringColumn("dst_group").append(groups.getOrDefault(r.getInt("code"), ""));
      t.doubleColumn("per_inhabitant").append(r.getNumber("per_inhabitant"));
      t.doubleColumn("index_national").append(100 * r.getNumber("per_inhabitant") / nationalLevel);
      t.doubleColumn("dkk_million").append(r.getNumber("dkk") / 1e6);
      t.intColumn("population").append((int) r.getNumber("population"));
    }
    Formats.whole(t, "per_inhabitant");
    Formats.decimals(t, 1, "index_national", "dkk_million");
    return ResultTable.of(t, info.withNote(String.format("National level %,.0f %s = index 100.", nationalLevel, info.unit().english())));
  }
}
