package dk.styrbord.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.analysis.Unit;
import dk.styrbord.data.DataStatus;
import dk.styrbord.data.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

class AboutTest {

  private static List<String> fields(About about) {
    return about.lines().stream().map(About.Line::field).toList();
  }

  @Test
  void aResultWithEverythingListsEveryFieldTitleFirstAndNotesLast() {
    assertEquals(List.of("Title", "Municipality", "Comparison group", "Scope", "Years", "Unit", "Price basis", "Data status",
        "Datasets", "Source", "Source", "Note"), fields(About.of(Results.fixedPrices())));
  }

  @Test
  void figuresThatAreNotMoneySaySoAndGappedYearsAreListed() {
    Provenance yours = Provenance.yours("my cases");
    ResultInfo info = ResultInfo.of("Cases by year", "", List.of(2016, 2020, 2024), Unit.cases(), PriceBasis.NOT_MONEY, yours);
    About about = About.of(info);
    assertEquals(List.of("Title", "Years", "Unit", "Price basis", "Data status", "Datasets", "Source"), fields(about), "no scope when blank");
    assertEquals(new About.Line("Years", "År", "2016, 2020, 2024", ""), about.lines().get(1));
    assertEquals(new About.Line("Price basis", "Prisgrundlag", "none (not an amount of money)", "intet (ikke et beløb)"), about.lines().get(3));
    assertEquals(new About.Line("Data status", "Datastatus", "your own data", "dine egne data"), about.lines().get(4),
        "the user's own data are not called synthetic");
    assertEquals("your table \"my cases\"", about.lines().get(6).value());
  }

  @Test
  void syntheticDataAreForTrainingInBothLanguages() {
    Provenance synthetic = new Provenance(List.of("cases"), DataStatus.SYNTHETIC, List.of("synthetic training set"), Results.LEJRE);
    About about = About.of(ResultInfo.of("Cases", "cases", List.of(2024), Unit.cases(), PriceBasis.NOT_MONEY, synthetic));
    About.Line status = about.lines().stream().filter(l -> l.field().equals("Data status")).findFirst().orElseThrow();
    assertEquals("synthetic data: for training, not for decisions", status.value());
    assertEquals("syntetiske data: til træning, ikke til beslutninger", status.danish());
    assertEquals(new About.Line("Whose data", "Hvis data", "Lejre's own data", "Lejres egne data"), about.lines().get(about.lines().size() - 1));
  }
}
