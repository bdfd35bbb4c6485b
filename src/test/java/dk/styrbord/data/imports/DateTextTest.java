package dk.styrbord.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {
  @ParameterizedTest
  @ValueSource(strings = {"03.01.2024", "03-01-2024", "3.1.2024", "03/01/2024", "2024-01-03", " 03.01.2024 "})
  void readsDayFirstAndIsoAsTheThirdOfJanuary(String text) {
    assertEquals(LocalDate.of(2024, 1, 3), DateText.parse(text));
  }

  @Test
  void refusesImpossibleDatesAndTwoDigitYears() {
    assertThrows(IllegalArgumentException.class, () -> DateText.parse("31.02.2024"));
    assertThrows(IllegalArgumentException.class, () -> DateText.parse("03.01.24"));
  }
}
