package dk.styrbord.data.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Folk1bExtractTest {
  private final MunicipalitiesDataset register = new MunicipalitiesDataset(GenerateData.SOURCES);

  /** Lejre 2016Q1 in the raw file: 0-4 1,230 + 5-9 1,822 + 10-14 1,947; 15-19 1,905; 65+ 5,751 (PROVENANCE.md). */
  @Test
  void sumsTheFiveYearGroupsOfOneMunicipality() {
    Folk1bExtract.AgeGroups lejre = new Folk1bExtract(GenerateData.SOURCES, register).of(350, 2016);
    assertEquals(new Folk1bExtract.AgeGroups(27_317, 4_999, 1_905, 5_751), lejre);
    assertEquals(6_904, lejre.age0To19());
  }

  @Test
  void theEnglishLabelCopenhagenIsKoebenhavn() {
    assertEquals(602_481, new Folk1bExtract(GenerateData.SOURCES, register).of(101, 2017).total());
  }

  @Test
  void aLabelThatNamesNoMunicipalityStopsTheGeneratorNamingIt(@TempDir Path sources) throws IOException {
    Path file = sources.resolve(Folk1bExtract.FILE);
    String text = Files.readString(GenerateData.SOURCES.resolve(Folk1bExtract.FILE), StandardCharsets.UTF_8);
    Files.writeString(file, text.replace("\"Nordfyns\"", "\"Nord-Fyn\""), StandardCharsets.UTF_8);
    SourceException e = assertThrows(SourceException.class, () -> new Folk1bExtract(sources, register));
    assertEquals("FOLK1B_2016-2020K1_age_groups.csv: no municipality is called 'Nord-Fyn' (not in municipality_names.csv)",
        e.getMessage());
  }
}
