package dk.styrbord.analysis;

import dk.styrbord.data.ComparisonGroup;
import dk.styrbord.data.Municipality;
import dk.styrbord.data.Provenance;
import java.util.ArrayList;
import java.util.List;

/**
 * What a result's numbers are: its title, the municipality and comparison group it is about, the
 * scope (area, functions or measures), the years, the unit, the price basis and where the data
 * come from. Printouts, charts, exports and reports read these fields; a table's name is only a
 * label.
 *
 * <p>Example: {@code benchmark("Lejre", "5.38", 2024).info().unit()} is "DKK per 18–64-year-old".
 *
 * @param title what the result shows, in English, e.g. "Lejre 2024: benchmark of spending on 5.38 (adults)"
 * @param titleDanish the same in Danish, or the English title where no Danish one is written yet
 * @param municipality the municipality the result is about, or null for all of them
 * @param group the comparison group, or null when there is none
 * @param scope the spending or measures looked at, e.g. "5.38 (adults)", "§85" or "cases"
 * @param years the years the figures cover, in order
 * @param unit the unit of the main figure
 * @param priceBasis current or fixed prices, or not money
 * @param provenance the datasets, their status and source, and whose data they are
 * @param notes what a careful reader must know, e.g. an incomplete first year
 */
public record ResultInfo(
    String title, String titleDanish, Municipality municipality, ComparisonGroup group, String scope, List<Integer> years,
    Unit unit, PriceBasis priceBasis, Provenance provenance, List<String> notes) {

  /** Copies the lists, so an info never changes. */
  public ResultInfo {
    years = List.copyOf(years);
    notes = List.copyOf(notes);
  }

  /** An info with no municipality, group or notes; add them with the {@code with…} methods. */
  public static ResultInfo of(String title, String scope, List<Integer> years, Unit unit, PriceBasis priceBasis,
      Provenance provenance) {
    return new ResultInfo(title, title, null, null, scope, years, unit, priceBasis, provenance, List.of());
  }

  /** The same, about this municipality. */
  public ResultInfo about(Municipality m) {
    return new ResultInfo(title, titleDanish, m, group, scope, years, unit, priceBasis, provenance, notes);
  }

  /** The same, against this comparison group. */
  public ResultInfo against(ComparisonGroup g) {
    return new ResultInfo(title, titleDanish, municipality, g, scope, years, unit, priceBasis, provenance, notes);
  }

  /** The same with another title, in English and Danish alike. */
  public ResultInfo titled(String newTitle) {
    return new ResultInfo(newTitle, newTitle, municipality, group, scope, years, unit, priceBasis, provenance, notes);
  }

  /** The same with its title in Danish too. Example: {@code info.inDanish("Udgift til 5.38 (voksne)")}. */
  public ResultInfo inDanish(String danishTitle) {
    return new ResultInfo(title, danishTitle, municipality, group, scope, years, unit, priceBasis, provenance, notes);
  }

  /** The same with another unit (and price basis), for a result derived from this one. */
  public ResultInfo in(Unit newUnit, PriceBasis basis) {
    return new ResultInfo(title, titleDanish, municipality, group, scope, years, newUnit, basis, provenance, notes);
  }

  /** The same with a note added. */
  public ResultInfo withNote(String note) {
    List<String> more = new ArrayList<>(notes);
    more.add(note);
    return new ResultInfo(title, titleDanish, municipality, group, scope, years, unit, priceBasis, provenance, more);
  }

  /** The first and last year as "2016–2024", or one year. */
  public String yearSpan() {
    if (years.isEmpty()) {
      return "";
    }
    int first = years.get(0);
    int last = years.get(years.size() - 1);
    return first == last ? String.valueOf(first) : first + "–" + last;
  }

  /** The unit with its price basis: "DKK per 18–64-year-old, fixed 2024 prices". */
  public String unitLine() {
    String basis = priceBasis.english();
    return basis.isEmpty() ? unit.english() : unit.english() + ", " + basis;
  }

  /** The Danish unit with its price basis: "kr. pr. 18–64-årig, faste 2024-priser". */
  public String unitLineDanish() {
    String basis = priceBasis.danish();
    return basis.isEmpty() ? unit.danish() : unit.danish() + ", " + basis;
  }

  /** The lines printed under a result: unit, data and source, notes. */
  public String describe() {
    return footer(new Footer("Unit", unitLine(), "Comparison group", "municipalities", provenance.english(),
        "for training, not for decisions", "Source"));
  }

  /** Prints as the lines under a result, after its title, not as a record. */
  @Override
  public String toString() {
    return title + "\n" + describe();
  }

  /** The same lines in Danish; a note is in English, as it was written. */
  public String describeDanish() {
    return footer(new Footer("Enhed", unitLineDanish(), "Sammenligningsgruppe", "kommuner", provenance.danish(),
        "til træning, ikke til beslutninger", "Kilde"));
  }

  /** The words of the footer in one language. */
  private record Footer(String unit, String unitLine, String group, String municipalities, String data, String synthetic,
      String source) {}

  private String footer(Footer w) {
    StringBuilder s = new StringBuilder();
    s.append(w.unit()).append(": ").append(w.unitLine()).append('\n');
    if (group != null) {
      s.append(w.group()).append(": ").append(group.name()).append(" (").append(group.members().size())
          .append(' ').append(w.municipalities()).append(')').append('\n');
    }
    s.append("Data: ").append(w.data());
    if (provenance.status().includesSynthetic()) {
      s.append(": ").append(w.synthetic());
    }
    s.append('\n').append(w.source()).append(": ").append(String.join("; ", provenance.sources())).append('\n');
    notes.forEach(n -> s.append("Note: ").append(n).append('\n'));
    return s.toString();
  }
}
