package dk.styrbord.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {
  @ParameterizedTest
  @CsvSource({
      "2023, 2023-01-01, year", "2023K1, 2023-01-01, quarter", "2023K4, 2023-10-01, quarter", "2021Q2, 2021-04-01, quarter",
      "2023M01, 2023-01-01, month", "2021M10, 2021-10-01, month", "2023H2, 2023-07-01, half-year",
      "2026K1 2026Q1, 2026-01-01, quarter", "2024M01D03, 2024-01-03, day", "03.01.2024, 2024-01-03, day"})
  void startsOnTheFirstDayOfThePeriod(String code, LocalDate start, String frequency) {
    assertEquals(new Period(start, frequency), Period.parse(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023K5", "2023M13", "2023H3", "23K1", "K1", "2023X1", "I alt"})
  void refusesWhatIsNotAPeriod(String code) {
    assertThrows(IllegalArgumentException.class, () -> Period.parse(code));
  }
}
