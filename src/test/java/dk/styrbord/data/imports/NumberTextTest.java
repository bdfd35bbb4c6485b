package dk.styrbord.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NumberTextTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "12,5|12.5", "1.234,56|1234.56", "-3|-3", "0|0", "-0,5|-0.5", "1.000.000,5|1000000.5", "1 234,5|1234.5",
      "42955,60|42955.6", "5867412|5867412", "+7|7", "\u22122,5|-2.5", "0,1|0.1", "12.500|12500"})
  void readsDecimalComma(String text, double expected) {
    assertEquals(expected, NumberText.parse(text, ','), 0.0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"12.5|12.5", "1,234.56|1234.56", "-3|-3", "48.58|48.58", "1,000,000.5|1000000.5"})
  void readsDecimalPoint(String text, double expected) {
    assertEquals(expected, NumberText.parse(text, '.'), 0.0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"12,5|12.5", "12.5|12.5", "1.234,56|1234.56", "1,234.56|1234.56", "-3|-3", "42955,60|42955.6"})
  void readsStatbankValuesInEitherLanguage(String text, double expected) {
    assertEquals(expected, NumberText.parseStatbank(text), 0.0);
  }

  @Test
  void notAvailableIsMissingAndNilIsZero() {
    assertTrue(Double.isNaN(NumberText.parse("..", ',')));
    assertTrue(Double.isNaN(NumberText.parseStatbank("..")));
    assertTrue(Double.isNaN(NumberText.parse("", '.')));
    assertEquals(0.0, NumberText.parse("-", ','), 0.0);
    assertEquals(0.0, NumberText.parseStatbank("-"), 0.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "12,5 kr", "1,2,3", "12.5", "1.23,4", "--3", ",", "1234.567"})
  void refusesTextThatIsNotADanishNumber(String text) {
    assertThrows(NumberText.NotANumber.class, () -> NumberText.parse(text, ','));
  }

  @Test
  void agreesWithDoubleParseDoubleOnManyDecimals() {
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 10_000; i++) {
      double v = Math.round((random.nextDouble() - 0.5) * 2e7) / 100.0;
      String danish = Double.toString(v).replace('.', ',');
      if (danish.contains("E")) {
        continue;
      }
      assertEquals(Double.parseDouble(Double.toString(v)), NumberText.parse(danish, ','), 0.0, danish);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1e-04|.|0.0001", "1E-04|.|0.0001", "2.5E+06|.|2500000", "-1.5e3|.|-1500",
      "2,5E+06|,|2500000", "1,0E-20|,|1e-20", "4.9E-324|.|4.9e-324", "1.0E300|.|1e300", "\u22123e2|,|-300"})
  void readsScientificNotation(String text, char mark, double expected) {
    assertEquals(expected, NumberText.parse(text, mark), 0.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"e5", "1e", "1e+", "1ee5", "1.234,5e3", "1e5x", "1e1234", "E"})
  void refusesWhatOnlyLooksScientific(String text) {
    assertThrows(NumberText.NotANumber.class, () -> NumberText.parse(text, ','));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "..", "...", "NA", "N/A", "n/a", "#N/A", "NULL", "null", "NaN", "nan", "None", "<NA>", " NA "})
  void theMissingValuesOfRAndPandasAreMissing(String text) {
    assertTrue(NumberText.isMissing(text));
    assertTrue(Double.isNaN(NumberText.parse(text, ',')));
    assertTrue(Double.isNaN(NumberText.parse(text, '.')));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "na", "Nan.", "-", "Lejre", "N.A."})
  void otherTextIsNotMissing(String text) {
    assertTrue(!NumberText.isMissing(text), text);
  }
}
