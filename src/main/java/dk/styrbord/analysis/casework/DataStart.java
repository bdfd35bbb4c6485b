package dk.styrbord.analysis.casework;

import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.ResultInfo;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a case table begins, and from when its stock counts (citizens on a measure, open cases) are
 * complete. A case system's extract holds the cases applied for from its first day on; a citizen
 * whose measure was granted before then is not in it, so the stock is undercounted until the
 * measures running on that day have ended (left censoring). Flows counted by application date
 * (inflow, processing times, deadlines, rapid response) are not undercounted this way.
 *
 * <p>Rule: the data start on the earliest application date. A count on a day, or for a year (which
 * counts measures active from its 1 January), is complete when that day is at least the
 * <em>settling time</em> after the data start: the time within which 90 % of the table's granted
 * measures end. The settling time is the 90th percentile of measure durations (start to end) by the
 * Kaplan–Meier estimator (Kaplan and Meier 1958), with measures still open at the as-of date
 * counted as censored at their duration so far, since leaving them out would make long measures
 * look short. When fewer than 90 % of the measures are seen to end, no count is complete. Measures
 * running on the first day have on average lived part of their length already, so the rule is on
 * the safe side for them; the 10 % longest measures (often §108) are still undercounted after it.
 *
 * <p>On the bundled cases (data start 2022-01-01, settling time 902 days) 2022–2024 are incomplete:
 * citizens on the ladder are 368, 766 and 968 against 1,086 in 2025.
 *
 * @param date the data start: the earliest application date
 * @param settlingDays the settling time in days, or -1 when fewer than 90 % of measures end
 */
record DataStart(LocalDate date, long settlingDays) {
  /** The share of measures that must have ended for a count to be complete. */
  static final double ENDED = 0.90;

  /** The data start and settling time of these cases. */
  static DataStart of(List<CaseRecord> rows) {
    LocalDate first = rows.stream().map(CaseRecord::applied).filter(Objects::nonNull).min(LocalDate::compareTo)
        .orElseThrow(() -> new WorkbenchException("The case table has no application dates: nothing to count."));
    return new DataStart(first, settlingDays(rows, CaseTable.asOf(rows)));
  }

  /** True when a count on {@code day} holds every citizen on a measure then. */
  boolean completeOn(LocalDate day) {
    return settlingDays >= 0 && !day.isBefore(date.plusDays(settlingDays));
  }

  /** True when a count of measures active in {@code year} is complete: its 1 January is settled. */
  boolean completeIn(int year) {
    return completeOn(LocalDate.of(year, 1, 1));
  }

  /**
   * {@code info} with a note on why the counts of {@code periods} (e.g. "2022–2024 are") are
   * incomplete; {@code info} itself when {@code periods} is null, as every count is complete.
   */
  ResultInfo mark(ResultInfo info, String periods) {
    if (periods == null) {
      return info;
    }
    String why = settlingDays < 0
        ? "fewer than 90 % of the measures in the data have ended, so it cannot be told when the count is complete"
        : "90 % of measures end within " + settlingDays + " days (Kaplan–Meier), so counts are complete from "
            + date.plusDays(settlingDays);
    return info.withNote(periods + " incomplete (complete = false): the data start on " + date
        + ", so citizens already on a measure then are not counted; " + why + ".");
  }

  /** "2022 is", "2022–2024 are" or "2022, 2024 are" for the years in order; null for none. */
  static String years(List<Integer> years) {
    if (years.isEmpty()) {
      return null;
    }
    if (years.size() == 1) {
      return years.get(0) + " is";
    }
    boolean consecutive = years.get(years.size() - 1) - years.get(0) == years.size() - 1;
    return (consecutive ? years.get(0) + "–" + years.get(years.size() - 1)
        : String.join(", ", years.stream().map(String::valueOf).toList())) + " are";
  }

  /**
   * The Kaplan–Meier 90th percentile of the durations of granted measures that started by
   * {@code asOf}: the first duration t at which the estimated share still running, the product of
   * (1 − ended at t ÷ running just before t), falls to 10 % or below.
   */
  static long settlingDays(List<CaseRecord> rows, LocalDate asOf) {
    List<long[]> spells = new ArrayList<>();
    for (CaseRecord c : rows) {
      if (!c.granted() || c.start().isAfter(asOf)) {
        continue;
      }
      boolean ended = c.end() != null && !c.end().isAfter(asOf);
      LocalDate until = ended ? c.end() : asOf;
      spells.add(new long[] {ChronoUnit.DAYS.between(c.start(), until), ended ? 1 : 0});
    }
    spells.sort((a, b) -> Long.compare(a[0], b[0]));
    double running = 1.0;
    int i = 0;
    while (i < spells.size()) {
      long t = spells.get(i)[0];
      int atRisk = spells.size() - i;
      int ended = 0;
      for (; i < spells.size() && spells.get(i)[0] == t; i++) {
        ended += (int) spells.get(i)[1];
      }
      running *= 1.0 - (double) ended / atRisk;
      if (running <= 1.0 - ENDED + 1e-12) {
        return t;
      }
    }
    return -1;
  }
}
