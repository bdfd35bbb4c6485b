package dk.styrbord.data.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CasesDatasetTest {
  private final List<Map<String, String>> rows = BundledCsv.read("cases.csv");

  @Test
  void aFewThousandCasesInTheFourYears() {
    assertTrue(rows.size() >= 3000 && rows.size() <= 5000, "rows " + rows.size());
    assertTrue(rows.stream().allMatch(r -> r.get("application_date").compareTo("2022-01-01") >= 0
        && r.get("application_date").compareTo("2025-12-31") <= 0));
  }

  @Test
  void rapidResponseStartsMid2023AndMostlyClosesWithinTwelveWeeks() {
    List<Map<String, String>> rapid = rows.stream().filter(r -> r.get("rapid_response").equals("true")).toList();
    assertTrue(rapid.stream().allMatch(r -> r.get("application_date").compareTo("2023-07-01") >= 0));
    long within = rapid.stream().filter(r -> !r.get("end_date").isEmpty()
        && ChronoUnit.DAYS.between(date(r, "start_date"), date(r, "end_date")) <= 84).count();
    assertTrue(within > rapid.size() / 2, within + " of " + rapid.size());
  }

  @Test
  void childAssessmentDeadlineIsFourMonthsAndIsMetMoreOftenAfter2023() {
    List<Map<String, String>> assessments = rows.stream()
        .filter(r -> r.get("measure_applied").equals("børnefaglig undersøgelse")).toList();
    assessments.forEach(r -> assertEquals(date(r, "application_date").plusMonths(4), date(r, "deadline_date")));
    assertTrue(onTime(assessments, "2025") > onTime(assessments, "2022") + 0.15);
  }

  @Test
  void citizensMoveAlongTheLadder() {
    long down = rows.stream().filter(r -> r.get("closure_reason").equals("flyttet ned ad indsatstrappen")).count();
    long up = rows.stream().filter(r -> r.get("closure_reason").equals("flyttet op ad indsatstrappen")).count();
    assertTrue(down > 100 && up > 100, down + " down, " + up + " up");
  }

  @Test
  void openCasesHaveNoEndAndNoReason() {
    for (Map<String, String> r : rows) {
      assertEquals(r.get("end_date").isEmpty(), r.get("closure_reason").isEmpty(), r.get("case_id"));
    }
  }

  private static double onTime(List<Map<String, String>> assessments, String year) {
    List<Map<String, String>> decided = assessments.stream()
        .filter(r -> r.get("application_date").startsWith(year) && !r.get("decision_date").isEmpty()).toList();
    return decided.stream().filter(r -> r.get("decision_date").compareTo(r.get("deadline_date")) <= 0).count()
        / (double) decided.size();
  }

  private static LocalDate date(Map<String, String> row, String column) {
    return LocalDate.parse(row.get(column));
  }
}
