package dk.styrbord.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.styrbord.data.DataStatus;
import dk.styrbord.data.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultInfoTest {
  private final ResultInfo info = ResultInfo.of("Lejre 2024: benchmark", "5.38 (adults)", List.of(2024),
      Unit.dkkPer(Area.ADULTS), PriceBasis.fixed(2024),
      new Provenance(List.of("spending"), DataStatus.MIXED, List.of("DST REGK31"), null))
      .withNote("2024 is provisional.");

  @Test
  void anInfoTypedAtThePromptPrintsItsTitleAndFooterNotARecord() {
    assertEquals("Lejre 2024: benchmark\n"
        + "Unit: DKK per 18–64-year-old, fixed 2024 prices\n"
        + "Data: spending (includes synthetic data): for training, not for decisions\n"
        + "Source: DST REGK31\n"
        + "Note: 2024 is provisional.\n", info.toString());
  }

  @Test
  void theFooterInDanish() {
    assertEquals("Enhed: kr. pr. 18–64-årig, faste 2024-priser\n"
        + "Data: spending (indeholder syntetiske data): til træning, ikke til beslutninger\n"
        + "Kilde: DST REGK31\n"
        + "Note: 2024 is provisional.\n", info.describeDanish());
  }

  @Test
  void aDanishTitleIsTheEnglishOneUntilOneIsWrittenAndARenameSetsBoth() {
    assertEquals("Lejre 2024: benchmark", info.titleDanish());
    assertEquals("Lejre 2024: sammenligning", info.inDanish("Lejre 2024: sammenligning").titleDanish());
    assertEquals("mine tal", info.inDanish("Lejre 2024: sammenligning").titled("mine tal").titleDanish());
  }

  @Test
  void aPriceBasisAndAProvenancePrintAsTheyRead() {
    assertEquals("fixed 2024 prices", PriceBasis.fixed(2024).toString());
    assertEquals("not money", PriceBasis.NOT_MONEY.toString());
    assertEquals("spending (includes synthetic data); source: DST REGK31", info.provenance().toString());
  }
}
