package dk.styrbord.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.styrbord.WorkbenchException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunArgumentsTest {
  @Test
  void severalNotebooksTakeTheParametersAndAFolder() {
    RunArguments a = RunArguments.parse(List.of("notebooks/a.jsh", "--param", "kommune=Morsø", "notebooks/b.jsh",
        "-p", "year=2023", "--out-dir", "/tmp/reports"));

    assertEquals(List.of(Path.of("notebooks/a.jsh"), Path.of("notebooks/b.jsh")), a.notebooks());
    assertEquals(Map.of("kommune", "Morsø", "year", "2023"), a.parameters());
    assertNull(a.out());
    assertEquals(Path.of("/tmp/reports"), a.reportFolder());
  }

  @Test
  void optionsMayCarryTheirValueAfterAnEqualsSign() {
    RunArguments a = RunArguments.parse(List.of("a.jsh", "--param=label=x=y", "--out-dir=out"));

    assertEquals(Map.of("label", "x=y"), a.parameters());
    assertEquals(Path.of("out"), a.reportFolder());
  }

  @Test
  void reportsGoToTheReportsFolderByDefault() {
    RunArguments a = RunArguments.parse(List.of("a.jsh"));

    assertEquals(Path.of("reports"), a.reportFolder());
    assertNull(a.out());
  }

  @Test
  void outNamesTheReportOfASingleNotebookOnly() {
    assertEquals(Path.of("r.html"), RunArguments.parse(List.of("a.jsh", "--out", "r.html")).out());

    WorkbenchException e = assertThrows(WorkbenchException.class,
        () -> RunArguments.parse(List.of("a.jsh", "b.jsh", "c.jsh", "--out", "r.html")));

    assertEquals("--out names one report, but 3 notebooks were given; leave --out away (each report goes to"
        + " reports/NAME.html) or use --out-dir DIR.", e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void outAndOutDirExcludeEachOther() {
    WorkbenchException e = assertThrows(WorkbenchException.class,
        () -> RunArguments.parse(List.of("a.jsh", "--out", "r.html", "--out-dir", "d")));

    assertTrue(e.getMessage().startsWith("Give --out or --out-dir, not both"), e.getMessage());
  }

  @Test
  void mistakesNameTheFixAndTheUsage() {
    assertEquals("Which notebook? " + RunArguments.USAGE,
        assertThrows(WorkbenchException.class, () -> RunArguments.parse(List.of("--param", "a=1"))).getMessage());
    assertEquals("--out-dir needs a value. " + RunArguments.USAGE,
        assertThrows(WorkbenchException.class, () -> RunArguments.parse(List.of("a.jsh", "--out-dir"))).getMessage());
    assertEquals("Unknown option --outdir. " + RunArguments.USAGE,
        assertThrows(WorkbenchException.class, () -> RunArguments.parse(List.of("a.jsh", "--outdir", "d"))).getMessage());
    assertEquals("--param year: write it as name=value, e.g. --param kommune=Morsø.",
        assertThrows(WorkbenchException.class, () -> RunArguments.parse(List.of("a.jsh", "--param", "year"))).getMessage());
  }

  @Test
  void pdfIsAFlagBesideTheOtherOptions() {
    assertTrue(RunArguments.parse(List.of("a.jsh", "--pdf", "--out", "r.html")).pdf());
    assertFalse(RunArguments.parse(List.of("a.jsh")).pdf());
  }

  @Test
  void helpIsAskedForAnywhereInTheArguments() {
    assertTrue(RunArguments.asksForHelp(List.of("--help")));
    assertTrue(RunArguments.asksForHelp(List.of("a.jsh", "-h", "--outdir")));
    assertFalse(RunArguments.asksForHelp(List.of("a.jsh", "--param", "help=-x")));
    for (String option : List.of("--param", "--out", "--out-dir", "--pdf", "--help", "kommune=all", "Eksempel")) {
      assertTrue(RunArguments.HELP.contains(option), "the help names " + option);
    }
    assertEquals(5, RunArguments.HELP.lines().filter(l -> l.strip().startsWith("./workbench run notebooks/")).count(),
        "an example for each of --param, a batch, --out, --out-dir and --pdf");
  }

  @Test
  void aCommaListOfMunicipalitiesIsABatch() {
    RunArguments a = RunArguments.parse(List.of("a.jsh", "--param", "kommune=Lolland, Morsø", "-p", "year=2023"));

    assertEquals(new RunArguments.Batch(false, List.of("Lolland", "Morsø")), a.batch());
    assertEquals(Map.of("year", "2023"), a.parameters(), "the batch's kommune is not a parameter of its own");
  }

  @Test
  void allOrAlleIsEveryMunicipality() {
    assertEquals(new RunArguments.Batch(true, List.of()), RunArguments.parse(List.of("a.jsh", "--param", "kommune=all")).batch());
    assertEquals(new RunArguments.Batch(true, List.of()), RunArguments.parse(List.of("a.jsh", "--param", "kommune=Alle")).batch());
  }

  @Test
  void oneMunicipalityIsNoBatch() {
    RunArguments a = RunArguments.parse(List.of("a.jsh", "--param", "kommune=Morsø"));

    assertNull(a.batch());
    assertEquals(Map.of("kommune", "Morsø"), a.parameters());
  }

  @Test
  void aBatchRefusesAnEmptyNameAndOut() {
    assertEquals("--param kommune=Lolland,,Morsø has an empty name; separate the municipalities by single commas,"
        + " e.g. --param kommune=Lolland,Morsø.", assertThrows(WorkbenchException.class,
            () -> RunArguments.parse(List.of("a.jsh", "--param", "kommune=Lolland,,Morsø"))).getMessage());
    assertThrows(WorkbenchException.class, () -> RunArguments.parse(List.of("a.jsh", "--param", "kommune=Lolland,")));
    assertTrue(assertThrows(WorkbenchException.class,
        () -> RunArguments.parse(List.of("a.jsh", "--param", "kommune=all", "--out", "r.html"))).getMessage()
        .startsWith("--out names one report, but --param kommune=all makes one per municipality;"));
  }
}
