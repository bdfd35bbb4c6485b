package dk.styrbord.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.styrbord.WorkbenchException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MunicipalitiesTest {
  private static Municipalities registry;
  private static List<String[]> reference;

  @BeforeAll
  static void load() throws IOException {
    registry = Municipalities.of(Datasets.of(Catalog.bundled()));
    try (InputStream in = MunicipalitiesTest.class.getResourceAsStream("/dst_municipalities_reference.csv")) {
      reference =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.startsWith("#") && !l.startsWith("code;"))
              .map(l -> l.split(";"))
              .collect(Collectors.toList());
    }
  }

  @Test
  void all98ResolveByCodeAndByNameAsDstListsThem() {
    assertEquals(98, reference.size());
    assertEquals(98, registry.all().size());
    for (String[] row : reference) {
      int code = Integer.parseInt(row[0]);
      Municipality byCode = registry.resolve(code);
      assertEquals(row[1], byCode.name());
      assertEquals(Integer.parseInt(row[2]), byCode.regionCode(), row[1]);
      assertEquals(row[3], byCode.dstGroup(), row[1]);
      assertEquals(code, registry.resolve(row[1]).code(), row[1]);
      assertEquals(code, registry.resolve(row[1].toUpperCase()).code(), row[1]);
      assertEquals(code, registry.resolve(row[1] + " Kommune").code(), row[1]);
      assertEquals(code, registry.resolve(ascii(row[1])).code(), ascii(row[1]));
    }
  }

  @Test
  void looseAsciiKeysNeverCollide() {
    Set<String> keys = new HashSet<>();
    for (Municipality m : registry.all()) {
      assertEquals(true, keys.add(Suggestions.looseKey(m.name())), m.name());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "lejre, 350", "LEJRE, 350", "350, 350", "0350, 350", "Hørsholm, 223", "Hoersholm, 223",
    "Horsholm, 223", "hørsholm kommune, 223", "Århus, 751", "Aarhus, 751", "Arhus, 751",
    "Høje Taastrup, 169", "Hoeje-Taastrup, 169", "Brønderslev-Dronninglund, 810",
    "Vesthimmerland, 820", "Vesthimmerlands Kommune, 820", "Nordfyn, 480", "Nordfyns, 480",
    "Københavns Kommune, 101", "Copenhagen, 101", "Bornholms Regionskommune, 400", "Aeroe, 492",
    "Ærø, 492", "Sønderborg, 540", "Soenderborg, 540", "Morsø, 773", "Morso, 773", "Lolland, 360",
    "Varde, 573", "Læsø, 825", "Laesoe, 825"
  })
  void namesAsPeopleWriteThemResolve(String typed, int code) {
    assertEquals(code, registry.resolve(typed).code());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Lejer|Unknown municipality \"Lejer\". Did you mean Lejre?",
        "Sønderbrog|Unknown municipality \"Sønderbrog\". Did you mean Sønderborg?",
        "Lolând|Unknown municipality \"Lolând\". Did you mean Lolland?",
        "Hørsolm|Unknown municipality \"Hørsolm\". Did you mean Hørsholm?"
      })
  void typosSuggestTheNearestName(String typed, String message) {
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> registry.resolve(typed));
    assertEquals(message, e.getMessage());
  }

  @Test
  void somethingFarFromAnyNamePointsToTheList() {
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> registry.resolve("Oslo"));
    assertEquals("Unknown municipality \"Oslo\". kommuner() lists all 98.", e.getMessage());
  }

  @Test
  void anUnknownCodeSaysWhatCodesLookLike() {
    WorkbenchException e = assertThrows(WorkbenchException.class, () -> registry.resolve(411));
    assertEquals(1, e.getMessage().lines().count());
    assertEquals(true, e.getMessage().startsWith("Unknown municipality code 411."), e.getMessage());
  }

  private static String ascii(String name) {
    return name.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        .replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa");
  }
}
