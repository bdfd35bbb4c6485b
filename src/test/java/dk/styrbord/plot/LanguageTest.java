package dk.styrbord.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void danishHeadersNameTheResultColumnsAndKeepTheRest() {
    assertEquals("pr_indbygger", Language.DANISH.column("per_inhabitant"));
    assertEquals("egen_2019", Language.DANISH.column("own_2019"));
    assertEquals("gruppe_ændring_pct", Language.DANISH.column("group_change_pct"));
    assertEquals("kommune_code", Language.DANISH.column("kommune_code"), "a column of your own keeps its name");
    assertEquals("per_inhabitant", Language.ENGLISH.column("per_inhabitant"));
  }

  @Test
  void danishFiguresSwapTheDecimalPointAndTheThousandsComma() {
    assertEquals("12.096,4", Language.DANISH.figure("12,096.4"));
    assertEquals("-0,5", Language.DANISH.figure("-0.5"));
    assertEquals("2024", Language.DANISH.figure("2024"));
    assertEquals("12,096.4", Language.ENGLISH.figure("12,096.4"));
    assertEquals("1.234.567,9", Language.DANISH.number(1234567.89, 1));
  }
}
