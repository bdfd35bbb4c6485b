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
import tech.tablesaw.api.Table;

class FooterTest {

  @Test
  void resultsFromSyntheticDataSaySoInTheFooter() {
    assertEquals("Source: X. Data: spending per inhabitant. Includes synthetic data: for training, not for decisions.",
        Footer.of(Language.ENGLISH, "X", "spending per inhabitant [includes synthetic data]"));
    assertEquals("Kilde: X. Data: sager. Syntetiske data: til undervisning, ikke til beslutninger.",
        Footer.of(Language.DANISH, "X", "sager [synthetic data]"));
    assertEquals("Source: X. Data: my table.", Footer.of(Language.ENGLISH, "X", "my table"));
  }

  @Test
  void aResultsFooterNamesWhoseDataItIs() {
    Municipality soenderborg = new Municipality(540, "Sønderborg", 1083, "Region Syddanmark", "", "");
    Provenance cases = new Provenance(List.of("cases"), DataStatus.SYNTHETIC, List.of("generator"), soenderborg);
    Table moves = ResultTable.of(Table.create("moves"), ResultInfo.of("t", "cases", List.of(), Unit.cases(),
        PriceBasis.NOT_MONEY, cases));
    assertEquals("Source: X. Data: moves (Sønderborg's own data). Synthetic data: for training, not for decisions.",
        Footer.of(Language.ENGLISH, "X", moves));
    assertEquals("Kilde: X. Data: moves (Sønderborgs egne data). Syntetiske data: til undervisning, ikke til beslutninger.",
        Footer.of(Language.DANISH, "X", moves));
  }

  @Test
  void aTableNamedTwiceIsListedOnce() {
    assertEquals("Source: X. Data: a; b. Includes synthetic data: for training, not for decisions.",
        Footer.of(Language.ENGLISH, "X", "a [includes synthetic data]", "a", "b"));
  }

  @Test
  void numbersAreWrittenInTheChartsLanguage() {
    assertEquals("12,345.7", Language.ENGLISH.number(12345.67, 1));
    assertEquals("12.345,7", Language.DANISH.number(12345.67, 1));
    assertEquals("-1.336", Language.DANISH.number(-1336.2, 0));
    assertEquals(",.", Language.DANISH.separators());
  }
}
