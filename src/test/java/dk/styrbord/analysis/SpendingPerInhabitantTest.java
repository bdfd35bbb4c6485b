package dk.styrbord.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.data.Catalog;
import dk.styrbord.data.DatasetLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

class SpendingPerInhabitantTest {
  private static final List<String> FUNCTIONS = List.of("5.38.50", "5.38.38", "5.28.22");

  private final Table population = Fixtures.population(
      "1,A,2024,100,1000,50,1150,x\n2,B,2024,300,2000,100,2400,x\n");
  private final Table spending = Fixtures.spending(
      "1,A,2024,5.38.50,h,adults,2000000,0,x\n1,A,2024,5.38.38,s,adults,300000,0,x\n1,A,2024,5.28.22,p,children,50000,0,x\n"
          + "2,B,2024,5.38.50,h,adults,3000000,0,x\n2,B,2024,5.38.38,s,adults,400000,0,x\n2,B,2024,5.28.22,p,children,90000,0,x\n");

  @Test
  void adultsAreDividedByThe18To64YearOlds() {
    Table t = SpendingPerInhabitant.of(spending, population, Scope.parse("5.38", FUNCTIONS));
    // A: (2,000,000 + 300,000) / 1,000 = 2,300; B: 3,400,000 / 2,000 = 1,700
    assertEquals(2300.0, t.doubleColumn("per_inhabitant").get(0), 1e-9);
    assertEquals(1700.0, t.doubleColumn("per_inhabitant").get(1), 1e-9);
    assertEquals(1000, t.intColumn("population").get(0));
  }

  @Test
  void childrenAreDividedByThe0To17YearOldsAndOneFunctionCanBeChosen() {
    Table children = SpendingPerInhabitant.of(spending, population, Scope.parse("børn", FUNCTIONS));
    assertEquals(500.0, children.doubleColumn("per_inhabitant").get(0), 1e-9);
    Table housing = SpendingPerInhabitant.of(spending, population, Scope.parse("5.38.50", FUNCTIONS));
    assertEquals(2000.0, housing.doubleColumn("per_inhabitant").get(0), 1e-9);
  }

  @Test
  void theNationalLevelIsARatioOfSumsNotAMeanOfRatios() {
    Table t = SpendingPerInhabitant.of(spending, population, Scope.parse("5.38", FUNCTIONS));
    Table national = SpendingPerInhabitant.national(t);
    // (2,300,000 + 3,400,000) / (1,000 + 2,000) = 1,900, not (2,300 + 1,700) / 2 = 2,000
    assertEquals(1900.0, national.doubleColumn("per_inhabitant").get(0), 1e-9);
  }

  @Test
  void everyBundledFigureRecomputesFromTheRawFiles() throws IOException {
    Map<String, Double> dkk = new HashMap<>();
    for (String line : lines("data/spending.csv")) {
      String[] f = line.split(",");
      String area = f[3].startsWith("5.38.") ? "adults" : "children";
      dkk.merge(f[0] + "/" + f[2] + "/" + area, Double.parseDouble(f[f.length - 3]), Double::sum);
    }
    Map<String, Integer> people = new HashMap<>();
    for (String line : lines("data/population.csv")) {
      String[] f = line.split(",");
      people.put(f[0] + "/" + f[2] + "/children", Integer.parseInt(f[3]));
      people.put(f[0] + "/" + f[2] + "/adults", Integer.parseInt(f[4]));
    }
    Table population = DatasetLoader.load(Catalog.bundled(), "population");
    Table spending = DatasetLoader.load(Catalog.bundled(), "spending");
    int checked = 0;
    for (String area : List.of("adults", "children")) {
      Scope scope = Scope.parse(area, spending.stringColumn("function").unique().asList());
      for (Row r : SpendingPerInhabitant.of(spending, population, scope)) {
        String key = r.getInt("code") + "/" + r.getInt("year") + "/" + area;
        assertEquals(dkk.get(key) / people.get(key), r.getDouble("per_inhabitant"), 1e-9, key);
        checked++;
      }
    }
    assertEquals(2 * 98 * 9, checked);
  }

  private static List<String> lines(String file) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
    assertTrue(lines.size() > 1);
    return lines.subList(1, lines.size());
  }
}
