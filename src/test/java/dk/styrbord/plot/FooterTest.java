package dk.styrbord.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.analysis.ResultTable;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.DataStatus;
import dk.styrbord.data.Municipality;
import dk.styrbord.data.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class FooterTest {
  private static final Municipality SOENDERBORG = new Municipality(540, "Sønderborg", 83, "Region Syddanmark",
      "Oplandskommuner", "Oplandskommuner");

  @Test
  void resultsFromSyntheticDataSaySoInTheFooter() {
    ResultInfo mixed = info(new Provenance(List.of("spending", "population"), DataStatus.MIXED,
        List.of("DST REGK31", "DST FOLK1A"), null), PriceBasis.fixed(2024));
    assertEquals("Source: DST REGK31; DST FOLK1A. Data: spending, population (includes synthetic data)."
        + " Prices: fixed 2024 prices. Includes synthetic data: for training, not for decisions.", Footer.of(mixed, Language.ENGLISH));
    ResultInfo synthetic = info(new Provenance(List.of("cases"), DataStatus.SYNTHETIC, List.of("Synthetic simulation"), null),
        PriceBasis.NOT_MONEY);
    assertEquals("Kilde: Synthetic simulation. Data: cases (syntetiske data). Syntetiske data: til undervisning, ikke til beslutninger.",
        Footer.of(synthetic, Language.DANISH));
  }

  @Test
  void localDataNameTheirOwner() {
    ResultInfo owned = info(new Provenance(List.of("cases"), DataStatus.SYNTHETIC, List.of("Synthetic simulation"), SOENDERBORG),
        PriceBasis.NOT_MONEY);
    assertEquals("Source: Synthetic simulation. Data: cases (synthetic data); Sønderborg's own data."
        + " Synthetic data: for training, not for decisions.", Footer.of(owned, Language.ENGLISH));
  }

  @Test
  void aResultTableKeepsItsFooterWhenRenamed() {
    ResultTable t = ResultTable.of(Table.create("ranking", IntColumn.create("code", new int[] {101})),
        info(new Provenance(List.of("spending"), DataStatus.OFFICIAL, List.of("DST REGK31"), null), PriceBasis.CURRENT));
    String before = Footer.of(t, Language.ENGLISH);
    t.setName("mine [synthetic data]");
    assertEquals(before, Footer.of(t, Language.ENGLISH));
    assertEquals("Source: DST REGK31. Data: spending (official data). Prices: current prices.", before);
  }

  @Test
  void aPlainTableNamesItselfAndLeavesItsSourceToTheUser() {
    assertEquals("Data: your table «my caseload»; its source is yours to state.",
        Footer.of(Table.create("my caseload"), Language.ENGLISH));
    assertEquals("Data: din tabel «min tabel»; kilden er din at angive.", Footer.of(Table.create("min tabel"), Language.DANISH));
  }

  @Test
  void numbersAreWrittenInTheChartsLanguage() {
    assertEquals("12,345.7", Language.ENGLISH.number(12345.67, 1));
    assertEquals("12.345,7", Language.DANISH.number(12345.67, 1));
    assertEquals("-1.336", Language.DANISH.number(-1336.2, 0));
    assertEquals(",.", Language.DANISH.separators());
  }

  private static ResultInfo info(Provenance provenance, PriceBasis basis) {
    return ResultInfo.of("a result", "5.38 (adults)", List.of(2024), Unit.dkk(), basis, provenance);
  }
}
