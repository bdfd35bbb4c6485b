package dk.styrbord.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.analysis.NeedVersusPractice;
import java.util.List;

/**
 * Need versus practice as a waterfall: the first year's level, what the change in need predicts,
 * the national development, the rest not explained by need, and the last year's level, all in the
 * result's fixed prices.
 *
 * <p>Example: {@code NeedChart.of(needVsPractice("Hørsholm", "5.38", 2016, 2024), Language.ENGLISH)}.
 */
public final class NeedChart {
  private NeedChart() {}

  /** The waterfall of {@code n}. */
  public static Chart of(NeedVersusPractice n, Language language) {
    String who = n.info().municipality() == null ? "" : n.info().municipality().name();
    List<String> labels = List.of(who + " " + n.fromYear(), language.text("Need", "Behov"),
        language.text("National development", "Landsudvikling"), language.text("Not explained by need", "Ikke forklaret af behov"),
        who + " " + n.toYear());
    double[] values = {n.fromLevel(), n.need(), n.national(), n.rest(), n.toLevel()};
    ArrayNode traces = Plotly.JSON.createArrayNode();
    ObjectNode w = Plotly.trace(traces, "waterfall", language.text("Spending per inhabitant", "Udgift pr. indbygger"));
    w.set("x", Plotly.texts(labels));
    w.set("measure", Plotly.texts(List.of("absolute", "relative", "relative", "relative", "total")));
    w.set("y", Plotly.numbers(values));
    ArrayNode text = w.putArray("text");
    for (int i = 0; i < values.length; i++) {
      String number = language.number(values[i], 0);
      text.add(i > 0 && i < 4 && values[i] > 0 ? "+" + number : number);
    }
    w.put("textposition", "outside");
    w.put("hovertemplate", "%{x}: %{y:,.0f}<extra></extra>");
    w.putObject("increasing").putObject("marker").put("color", Plotly.CHOSEN);
    w.putObject("decreasing").putObject("marker").put("color", "#27ae60");
    w.putObject("totals").putObject("marker").put("color", Plotly.GROUP);
    String title = who + language.text(": need versus practice, ", ": behov mod praksis, ") + n.fromYear() + "–" + n.toYear();
    String share = Double.isNaN(n.needShare()) ? "" : language.text(" · share from need ", " · andel fra behov ")
        + language.number(100 * n.needShare(), 0) + " %";
    String subtitle = language.text("Change ", "Ændring ") + language.number(n.change(), 0) + " " + Units.of(n.info(), language)
        + share + language.text(" · one model, R² ", " · én model, R² ") + language.number(n.rSquared(), 2);
    ObjectNode layout = Plotly.layout(title, subtitle, language, 560);
    Plotly.axis(layout, "xaxis", language.text("From the first year's level, part by part, to the last year's",
        "Fra første års niveau, del for del, til sidste års"));
    Plotly.axis(layout, "yaxis", Units.of(n.info(), language)).put("tickformat", ",.0f");
    layout.put("showlegend", false);
    return new Chart(title, traces, layout, Footer.of(n.info(), language));
  }
}
