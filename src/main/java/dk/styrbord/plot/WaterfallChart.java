package dk.styrbord.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.analysis.PriceVolumeSplit;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The price × volume split as a waterfall: from the reference's spending per inhabitant, one step
 * per measure for its volume effect, one step for the price effect of all measures (and one for
 * spending that could not be split, if any), to the municipality's own level. The steps add up
 * exactly, as the split does.
 *
 * <p>Example: {@code WaterfallChart.of(split, Language.ENGLISH)}.
 */
public final class WaterfallChart {
  private WaterfallChart() {}

  /** The waterfall of {@code split}: reference level, volume per measure, price, not split, own level. */
  public static Chart of(PriceVolumeSplit split, Language language) {
    Table t = split.measures();
    String own = split.ownLabel();
    String reference = split.referenceLabel();
    List<String> labels = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    add(labels, kinds, values, reference, "absolute", split.perInhabitantRef());
    for (int i = 0; i < t.rowCount(); i++) {
      add(labels, kinds, values, language.text("Volume ", "Mængde ") + t.stringColumn("measure").get(i), "relative",
          t.doubleColumn("volume_effect").get(i));
    }
    add(labels, kinds, values, language.text("Price, all measures", "Pris, alle indsatser"), "relative", split.priceEffect());
    if (split.notSplit() != 0) {
      add(labels, kinds, values, language.text("Not split (no counted recipients)", "Ikke delt (ingen optalte modtagere)"),
          "relative", split.notSplit());
    }
    add(labels, kinds, values, own, "total", split.perInhabitant());

    ArrayNode traces = Plotly.JSON.createArrayNode();
    ObjectNode w = Plotly.trace(traces, "waterfall", language.text("Spending per inhabitant", "Udgift pr. indbygger"));
    w.set("x", Plotly.texts(labels));
    w.set("measure", Plotly.texts(kinds));
    w.set("y", Plotly.numbers(values.stream().mapToDouble(Double::doubleValue).toArray()));
    List<String> text = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String number = language.number(values.get(i), 0);
      text.add(kinds.get(i).equals("relative") && values.get(i) > 0 ? "+" + number : number);
    }
    w.set("text", Plotly.texts(text));
    w.put("textposition", "outside");
    w.put("hovertemplate", "%{x}: %{y:,.0f}<extra></extra>");
    w.putObject("increasing").putObject("marker").put("color", Plotly.CHOSEN);
    w.putObject("decreasing").putObject("marker").put("color", "#27ae60");
    w.putObject("totals").putObject("marker").put("color", Plotly.GROUP);
    w.putObject("connector").putObject("line").put("color", "#95a5a6").put("width", 1);

    String unit = Units.of(split.info(), language);
    String title = own + language.text(" against ", " mod ") + reference + language.text(": volume and price", ": mængde og pris");
    String subtitle = language.text("Gap ", "Forskel ") + language.number(split.gap(), 0) + " " + unit + " = "
        + language.number(split.volumeEffect(), 0) + language.text(" volume (citizens per 1,000) ", " mængde (borgere pr. 1.000) ")
        + term(split.priceEffect(), language) + language.text(" price (spending per citizen)", " pris (udgift pr. borger)")
        + (split.notSplit() == 0 ? "" : " " + term(split.notSplit(), language) + language.text(" not split", " ikke delt"));
    ObjectNode layout = Plotly.layout(title, subtitle, language, 600);
    Plotly.axis(layout, "xaxis", language.text("From the reference's level, effect by effect, to the own level",
        "Fra referencens niveau, effekt for effekt, til eget niveau"));
    Plotly.axis(layout, "yaxis", unit).put("tickformat", ",.0f");
    layout.put("showlegend", false);
    return new Chart(title, traces, layout, Footer.of(split.info(), language));
  }

  /** "+ 1,234" or "− 1,234": a term of a sum. */
  private static String term(double value, Language language) {
    return (value < 0 ? "− " : "+ ") + language.number(Math.abs(value), 0);
  }

  private static void add(List<String> labels, List<String> kinds, List<Double> values, String label, String kind, double value) {
    labels.add(label);
    kinds.add(kind);
    values.add(value);
  }
}
