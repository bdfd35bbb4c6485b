package dk.styrbord.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
