package dk.styrbord.export;

import dk.styrbord.analysis.PriceBasis;
import dk.styrbord.analysis.ResultInfo;
import dk.styrbord.data.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an exported result's figures are, field by field: the "About" sheet of a workbook and the
 * {@code #} lines at the top of a CSV file. Everything in {@link ResultInfo}, so a file that is
 * sent on still says its unit, price basis, source and whether it includes synthetic data.
 *
 * <p>Example: {@code About.of(level("5.38", 2024).info()).lines().get(0).value()} is the title, once
 * {@code level} returns a result.
 *
 * @param lines the fields in the order a reader needs them: title first, notes last
 */
public record About(List<Line> lines) {
  /** What synthetic figures are for, wherever they are shown. */
  static final String FOR_TRAINING = "for training, not for decisions";

  /**
   * One field.
   *
   * @param field the field's name in English, e.g. "Unit"
   * @param felt the field's name in Danish, e.g. "Enhed"
   * @param value the value in English
   * @param danish the value in Danish, or "" when there is none (a title, a source)
   */
  public record Line(String field, String felt, String value, String danish) {}

  /** Copies the lines, so an about never changes. */
  public About {
    lines = List.copyOf(lines);
  }

  /** The fields of a result's info; a field the info leaves empty (no comparison group) is left out. */
  public static About of(ResultInfo info) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("Title", "Titel", info.title(), ""));
    if (info.municipality() != null) {
      lines.add(new Line("Municipality", "Kommune", info.municipality().name(), ""));
    }
    if (info.group() != null) {
      int size = info.group().members().size();
      lines.add(new Line("Comparison group", "Sammenligningsgruppe",
          info.group().name() + " (" + size + (size == 1 ? " municipality)" : " municipalities)"), ""));
    }
    if (info.scope() != null && !info.scope().isBlank()) {
      lines.add(new Line("Scope", "Område", info.scope(), ""));
    }
    if (!info.years().isEmpty()) {
      lines.add(new Line("Years", "År", years(info), ""));
    }
    lines.add(new Line("Unit", "Enhed", info.unit().english(), info.unit().danish()));
    lines.add(priceBasis(info.priceBasis()));
    lines.addAll(provenance(info.provenance()));
    info.notes().forEach(n -> lines.add(new Line("Note", "Note", n, "")));
    return new About(lines);
  }

  /** "2016–2024" for consecutive years, else each year: "2016, 2020, 2024". */
  private static String years(ResultInfo info) {
    List<Integer> years = info.years();
    boolean consecutive = years.get(years.size() - 1) - years.get(0) == years.size() - 1;
    return consecutive ? info.yearSpan() : years.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static Line priceBasis(PriceBasis basis) {
    return basis.kind() == PriceBasis.Kind.NOT_MONEY
        ? new Line("Price basis", "Prisgrundlag", "none (not an amount of money)", "intet (ikke et beløb)")
        : new Line("Price basis", "Prisgrundlag", basis.english(), basis.danish());
  }

  private static List<Line> provenance(Provenance p) {
    List<Line> lines = new ArrayList<>();
    boolean synthetic = p.status().includesSynthetic();
    lines.add(new Line("Data status", "Datastatus", p.status().english() + (synthetic ? ": " + FOR_TRAINING : ""),
        p.status().danish() + (synthetic ? ": til træning, ikke til beslutninger" : "")));
    lines.add(new Line("Datasets", "Datasæt", String.join(", ", p.datasets()), ""));
    p.sources().forEach(s -> lines.add(new Line("Source", "Kilde", s, "")));
    if (p.owner() != null) {
      lines.add(new Line("Whose data", "Hvis data", p.owner().name() + "'s own data", p.owner().name() + "s egne data"));
    }
    return lines;
  }
}
