package dk.styrbord.analysis.casework;

import java.time.LocalDate;

/**
 * One row of a case table, read once so the analyses can work on plain values. Columns the table
 * does not have are {@code null} (or {@code false}); each analysis checks first that the columns it
 * uses are there.
 */
record CaseRecord(
    String caseId,
    String citizenId,
    String caseworker,
    String team,
    String area,
    String measureApplied,
    LocalDate applied,
    LocalDate decided,
    String measureGranted,
    LocalDate start,
    LocalDate end,
    String inflowSource,
    LocalDate deadline,
    boolean rapidResponse,
    boolean jobcentreMeasure) {

  /** A measure was granted and has started: the citizen receives help. */
  boolean granted() {
    return measureGranted != null && start != null;
  }

  /** Granted and running at some time between 1 January and 31 December of {@code year}. */
  boolean activeIn(int year) {
    return granted()
        && start.getYear() <= year
        && (end == null || end.getYear() >= year);
  }

  /** Granted, started on or before {@code date} and not ended on or before it. */
  boolean openOn(LocalDate date) {
    return granted() && !start.isAfter(date) && (end == null || end.isAfter(date));
  }
}
