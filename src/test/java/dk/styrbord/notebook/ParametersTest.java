package dk.styrbord.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Catalog;
import dk.styrbord.data.Datasets;
import dk.styrbord.data.Municipalities;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ParametersTest {
  private static final String TEXT = String.join("\n",
      "//%% Parameters",
      "// prose",
      "String kommune = \"Lejre\";   // the municipality",
      "final int year = 2024;",
      "double share = 0.5;",
      "var label = \"x\";",
      "var derived = kommune.length();",
      "boolean all = false;",
      "",
      "//%% Next",
      "int a = 1;");

  private static Municipalities municipalities;
  private final Notebook notebook = Notebook.parse(Path.of("nb.jsh"), TEXT);

  @BeforeAll
  static void load() {
    municipalities = Municipalities.of(Datasets.of(Catalog.bundled()));
  }

  @Test
  void declarationsWithLiteralsAreTheParameters() {
    List<String> names = Parameters.of(notebook).declared().stream().map(Parameter::name).toList();
    assertEquals(List.of("kommune", "year", "share", "label", "all"), names);
    assertEquals("String", Parameters.of(notebook).declared().get(3).type());
  }

  @Test
  void givenValuesReplaceOnlyTheInitializers() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("year", " 2023 ");
    values.put("share", "0.25");
    values.put("all", "true");
    values.put("label", "say \"hi\" \\ \n<b>");

    String code = Parameters.of(notebook).apply(values, municipalities).cells().get(0).code();

    assertEquals(String.join("\n",
        "String kommune = \"Lejre\";   // the municipality",
        "final int year = 2023;",
        "double share = 0.25;",
        "var label = \"say \\\"hi\\\" \\\\ \\n<b>\";",
        "var derived = kommune.length();",
        "boolean all = true;"), code);
  }

  @Test
  void aMunicipalityIsWrittenAsItsOfficialName() {
    Notebook ran = Parameters.of(notebook).apply(Map.of("kommune", "morso"), municipalities);

    assertEquals("String kommune = \"Morsø\";   // the municipality", ran.cells().get(0).code().lines().findFirst().orElseThrow());
    assertEquals("Morsø", Parameters.of(notebook).effective(Map.of("kommune", "morso"), municipalities).get("kommune"));
    assertEquals("2024", Parameters.of(notebook).effective(Map.of(), municipalities).get("year"));
  }

  @Test
  void anUnknownMunicipalityIsNamedWithTheNearest() {
    WorkbenchException e = assertThrows(WorkbenchException.class,
        () -> Parameters.of(notebook).apply(Map.of("kommune", "Lejer"), municipalities));
    assertEquals("Unknown municipality \"Lejer\". Did you mean Lejre?", e.getMessage());
  }

  @Test
  void anUnknownParameterSuggestsTheNearestAndListsAll() {
    WorkbenchException e = assertThrows(WorkbenchException.class,
        () -> Parameters.of(notebook).apply(Map.of("yaer", "2023"), municipalities));
    assertEquals("Unknown parameter \"yaer\" for nb.jsh. Did you mean year? Its parameters: kommune (String, default \"Lejre\"),"
        + " year (int, default 2024), share (double, default 0.5), label (String, default \"x\"), all (boolean, default false).",
        e.getMessage());
  }

  @Test
  void aValueMustFitTheType() {
    assertThrows(WorkbenchException.class, () -> Parameters.of(notebook).apply(Map.of("year", "2023.5"), municipalities));
    assertThrows(WorkbenchException.class, () -> Parameters.of(notebook).apply(Map.of("share", "NaN"), municipalities));
    assertThrows(WorkbenchException.class, () -> Parameters.of(notebook).apply(Map.of("all", "yes"), municipalities));
  }

  @Test
  void aNotebookWithoutParametersTakesNone() {
    Notebook plain = Notebook.parse(Path.of("plain.jsh"), "//%% Start\nint a = 1;");
    WorkbenchException e = assertThrows(WorkbenchException.class,
        () -> Parameters.of(plain).apply(Map.of("a", "2"), municipalities));
    assertEquals("plain.jsh declares no parameters: its first cell would be //%% Parameters with lines such as"
        + " String kommune = \"Lejre\";", e.getMessage());
  }

  @Test
  void aStringLiteralKeepsEveryCharacter() {
    assertEquals("\"a\\u0001\\tø\\\\u0041\"", Parameters.stringLiteral("a\u0001\tø\\u0041"));
  }
}
