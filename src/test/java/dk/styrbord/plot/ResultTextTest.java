package dk.styrbord.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.styrbord.analysis.Area;
import dk.styrbord.analysis.Benchmark;
import dk.styrbord.analysis.Formats;
import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Trend;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.DataStatus;
import dk.styrbord.data.Provenance;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ResultTextTest {
  private final ResultTable result = result();

  @Test
  void inEnglishAResultPrintsAsItsOwnPrintout() {
    List<String> lines = ResultText.of(result, Language.ENGLISH).lines().toList();
    assertEquals("Spending per 18–64-year-old, 2024", lines.get(0), "the title, once: the header follows");
    assertEquals(List.of("municipality", "year", "per_inhabitant"), cells(lines.get(1)));
    assertEquals(List.of("Lolland", "2024", "12,096.4"), cells(lines.get(3)));
    assertEquals(List.of("Dragør", "2024", "849.0"), cells(lines.get(4)));
    assertEquals(List.of(
        "Unit: DKK per 18–64-year-old, current prices",
        "Data: spending (includes synthetic data): for training, not for decisions",
        "Source: DST REGK31"), lines.subList(5, 8));
    assertEquals(result.toString(), ResultText.of(result, Language.ENGLISH));
  }

  @Test
  void inDanishTitleHeadersFooterAndNumbersAreDanishAndTheDataKeepTheirNames() {
    List<String> lines = ResultText.of(result, Language.DANISH).lines().toList();
    assertEquals("Udgift pr. 18–64-årig, 2024", lines.get(0));
    assertEquals(List.of("kommune", "år", "pr_indbygger"), cells(lines.get(1)));
    assertEquals(List.of("Lolland", "2024", "12.096,4"), cells(lines.get(3)));
    assertEquals(List.of("Dragør", "2024", "849,0"), cells(lines.get(4)));
    assertEquals(List.of(
        "Enhed: kr. pr. 18–64-årig, løbende priser",
        "Data: spending (indeholder syntetiske data): til træning, ikke til beslutninger",
        "Kilde: DST REGK31"), lines.subList(5, 8));
  }

  @Test
  void aBenchmarkSummarisesInDanishWordsAndFigures() {
    ResultInfo info = ResultInfo.of("Lejre 2024: benchmark", "5.38 (adults)", List.of(2024), Unit.dkkPer(Area.ADULTS),
        PriceBasis.CURRENT, new Provenance(List.of("spending"), DataStatus.OFFICIAL, List.of("DST REGK31"), null));
    // gap per inhabitant 6,192.4 - 5,015.2 = 1,177.2 DKK; × 16,200 inhabitants = 19.07 million DKK
    Benchmark b = new Benchmark(info, "Lejre", 2024, 6192.4, 16200, 23, 98, 77.3, 0.512, "Oplandskommuner", 23,
        5015.2, 5047.0, 4940.0, 5316.0, Table.create("ranking"));
    List<String> lines = ResultText.of(b, Language.DANISH).lines().toList();
    assertEquals(List.of(
        "Lejre, 2024: 6.192 kr. pr. 18–64-årig til 5.38 (adults).",
        "  Nr. 23 af 98 (1 = højeste), percentil 77, z = 0,51. Landsniveau 5.316.",
        "  Sammenligningsgruppe Oplandskommuner (23 andre): niveau 5.015 (gennemsnit 5.047, median 4.940).",
        "  Forskel: 1.177 kr. pr. indbygger i aldersgruppen = 19,1 mio. kr. i alt",
        "  (Lejre ville bruge 19,1 mio. kr. mindre, hvis den brugte som sin sammenligningsgruppe).",
        "Enhed: kr. pr. 18–64-årig, løbende priser",
        "Data: spending (officielle data)",
        "Kilde: DST REGK31"), lines);
  }

  @Test
  void aTrendPrintsEveryYearAndItsGrowthInDanish() {
    Table years = Table.create("trend", IntColumn.create("year", 2016, 2024),
        DoubleColumn.create("per_inhabitant", 5155.0, 6192.0), DoubleColumn.create("index_first_year", 100.0, 112.5));
    Formats.decimals(years, 1, "index_first_year");
    ResultInfo info = ResultInfo.of("Lejre: spending by year", "5.38 (adults)", List.of(2016, 2024), Unit.dkkPer(Area.ADULTS),
        PriceBasis.fixed(2024), new Provenance(List.of("spending"), DataStatus.OFFICIAL, List.of("DST REGK31"), null))
        .inDanish("Lejre: udgift efter år");
    Trend trend = new Trend(info, years, 2024, 2.34, 1.25, Table.create("group"));
    List<String> lines = ResultText.of(trend, Language.DANISH).lines().toList();
    assertEquals("Lejre: udgift efter år", lines.get(0));
    assertEquals(List.of("år", "pr_indbygger", "indeks_første_år"), cells(lines.get(1)));
    assertEquals(List.of("2016", "5155", "100,0"), cells(lines.get(3)));
    assertEquals(List.of("2024", "6192", "112,5"), cells(lines.get(4)));
    assertEquals(List.of(
        "Vækst 2016-2024: 2,3 % om året i løbende priser, 1,3 % i faste 2024-priser. Indeks, ændring og landsniveau i faste 2024-priser.",
        "Enhed: kr. pr. 18–64-årig, faste 2024-priser",
        "Data: spending (officielle data)",
        "Kilde: DST REGK31"), lines.subList(5, 9));
  }

  private static ResultTable result() {
    Table figures = Table.create("figures", StringColumn.create("municipality", "Lolland", "Dragør"),
        IntColumn.create("year", 2024, 2024), DoubleColumn.create("per_inhabitant", 12096.4, 849.0));
    Formats.decimals(figures, 1, "per_inhabitant");
    ResultInfo info = ResultInfo.of("Spending per 18–64-year-old, 2024", "5.38 (adults)", List.of(2024),
        Unit.dkkPer(Area.ADULTS), PriceBasis.CURRENT,
        new Provenance(List.of("spending"), DataStatus.MIXED, List.of("DST REGK31"), null))
        .inDanish("Udgift pr. 18–64-årig, 2024");
    return ResultTable.of(figures, info);
  }

  private static List<String> cells(String line) {
    return Arrays.stream(line.split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).toList();
  }
}
