package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dk.styrbord.data.Catalog;
import dk.styrbord.data.DatasetEntry;
import dk.styrbord.data.DatasetLoader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DatasetVariablesTest {

  @Test
  void thereIsOneFieldPerDatasetAndNoOther() {
    Set<String> fields = Arrays.stream(DatasetVariables.class.getDeclaredFields())
        .filter(f -> Modifier.isPublic(f.getModifiers()))
        .map(Field::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> datasets = Catalog.bundled().entries().stream()
        .map(e -> StartupScript.variableName(e.name()))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(datasets, fields);
  }

  @Test
  void eachNameHoldsItsDatasetAsTheFileReadsDirectly() throws IllegalAccessException {
    DatasetVariables.bind();
    Catalog catalog = Catalog.bundled();
    for (DatasetEntry e : catalog.entries()) {
      Table bound = (Table) DatasetVariables.field(e).get(null);
      Table plain = DatasetLoader.load(catalog.directory(), e);
      assertEquals(plain.rowCount(), bound.rowCount(), e.name());
      assertEquals(plain.columnNames(), bound.columnNames(), e.name());
      assertEquals(plain.printAll(), bound.printAll(), e.name());
    }
  }

  @Test
  void aSessionsChangesDoNotReachTheNextSession() {
    try (Shell first = new Shell()) {
      first.eval(StartupScript.forNotebook());
      String columns = first.value("spending.columnCount()");
      first.eval("spending.removeColumns(\"year\");");
      first.eval("regions = null;");
      assertEquals(Integer.parseInt(columns) - 1, Integer.parseInt(first.value("spending.columnCount()")));
    }
    try (Shell second = new Shell()) {
      second.eval(StartupScript.forNotebook());
      assertEquals("true", second.value("spending.columnNames().contains(\"year\")"));
      assertEquals("9702", second.value("spending.rowCount()"));
      assertEquals("5", second.value("regions.rowCount()"));
    }
  }

  @Test
  void copiesMadeAheadAreTakenByTheFirstBindOnly() throws ReflectiveOperationException {
    DatasetVariables.copyAhead(Session.current());
    Field ahead = DatasetVariables.class.getDeclaredField("AHEAD");
    ahead.setAccessible(true);
    @SuppressWarnings("unchecked")
    Map<String, Table> made = ((AtomicReference<Map<String, Table>>) ahead.get(null)).get();
    DatasetVariables.bind();
    assertSame(made.get("spending"), DatasetVariables.spending);
    assertNotSame(Session.current().datasets().table("spending"), DatasetVariables.spending, "a copy, not the session's own");
    DatasetVariables.bind();
    assertNotSame(made.get("spending"), DatasetVariables.spending);
  }

  @Test
  void everyBindGivesFreshCopies() {
    DatasetVariables.bind();
    Table before = DatasetVariables.spending;
    DatasetVariables.bind();
    assertNotSame(before, DatasetVariables.spending);
  }
}
