package dk.styrbord.plot;

import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.ResultInfo;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A ranking as horizontal bars of block characters: the top and bottom {@code n} of a {@code Level}
 * table, the chosen municipality marked with ◀ (and shown between them when it ranks in neither).
 * Bar length is proportional to the value, with eighth-block resolution (▏▎▍▌▋▊▉█).
 *
 * <p>Example: {@code TextBars.of(level, "Lejre", 5, Language.ENGLISH)}.
 */
public final class TextBars {
  private static final int WIDTH = 40;
  private static final String EIGHTHS = " ▏▎▍▌▋▊▉";

  private TextBars() {}

  /**
   * Bars of {@code per_inhabitant} for the top and bottom {@code n} rows and {@code municipality}
   * (null for none).
   */
  public static TextChart of(Table level, String municipality, int n, Language language) {
    List<String> names = level.stringColumn("municipality").asList();
    int chosen = municipality == null ? -1 : names.indexOf(municipality);
    if (municipality != null && chosen < 0) {
      throw new WorkbenchException(municipality + " is not in the table " + level.name() + ".");
    }
    double[] values = level.numberColumn("per_inhabitant").asDoubleArray();
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    int nameWidth = names.stream().mapToInt(String::length).max().orElse(10);
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (i < n || i >= names.size() - n || i == chosen) {
        rows.add(i);
      }
    }
    ResultInfo info = Footer.infoOf(level);
    StringBuilder s = new StringBuilder(info == null ? level.name() : info.title()).append('\n');
    int previous = -1;
    for (int i : rows) {
      if (previous >= 0 && i > previous + 1) {
        s.append(String.format("%4s %-" + nameWidth + "s%n", "", "…"));
      }
      s.append(String.format("%4d %-" + nameWidth + "s %s %s%s%n", i + 1, names.get(i), bar(values[i] / max * WIDTH),
          language.number(values[i], 0), i == chosen ? "  ◀" : ""));
      previous = i;
    }
    return new TextChart(s.append(Units.column("per_inhabitant", info, language))
        .append(language.text("; rank 1 = highest", "; nr. 1 = højest")).toString());
  }

  /** A bar {@code length} characters long, padded to the full width so the numbers line up. */
  static String bar(double length) {
    int whole = (int) Math.floor(length);
    int eighths = (int) Math.round((length - whole) * 8);
    if (eighths == 8) {
      whole++;
      eighths = 0;
    }
    StringBuilder s = new StringBuilder("█".repeat(whole));
    if (eighths > 0) {
      s.append(EIGHTHS.charAt(eighths));
    }
    return s.append(" ".repeat(Math.max(0, WIDTH + 1 - s.length()))).toString();
  }
}
