package dk.styrbord.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.WorkbenchException;
import dk.styrbord.analysis.casework.LadderStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Movements on the intervention ladder as a Sankey diagram: the steps citizens came from on the
 * left, the steps they went to on the right, each band as wide as the number of citizens. Moves
 * down the ladder (to lighter help) are green, moves up red.
 *
 * <p>The table needs one row per route with columns {@code from_step}, {@code to_step} and {@code
 * citizens} (also accepted, without case: "from step", "to step", and "all years" or "moves" for
 * the count, as {@code transitionsByStep()} prints them). Steps are ordered heaviest first when they are the ladder's
 * steps ({@link LadderStep}); a {@code direction} column ("down"/"up") colours the bands when
 * present, else the ladder's order does.
 *
 * <p>Example: {@code LadderSankey.of(transitionsByStep(), Language.ENGLISH)}.
 */
public final class LadderSankey {
  private LadderSankey() {}

  /** The Sankey diagram of the moves in {@code transitions}. */
  public static Chart of(Table transitions, Language language) {
    String helper = "ladderChart";
    String from = ColumnRoles.require(transitions, helper, "from_step", "from step", "from");
    String to = ColumnRoles.require(transitions, helper, "to_step", "to step", "to");
    String count = ColumnRoles.require(transitions, helper, "citizens", "all years", "moves", "count");
    String direction = ColumnRoles.find(transitions, "direction").orElse(null);
    Set<String> fromSteps = new LinkedHashSet<>();
    Set<String> toSteps = new LinkedHashSet<>();
    List<Integer> routes = new ArrayList<>();
    for (Row r : transitions) {
      if (r.getNumber(count) > 0) {
        fromSteps.add(r.getString(from));
        toSteps.add(r.getString(to));
        routes.add(r.getRowNumber());
      }
    }
    if (routes.isEmpty()) {
      throw new WorkbenchException("No moves to draw: every " + count + " in " + transitions.name() + " is 0.");
    }
    List<String> left = ladderOrder(fromSteps);
    List<String> right = ladderOrder(toSteps);
    List<String> labels = new ArrayList<>(left);
    labels.addAll(right);
    ArrayNode source = Plotly.JSON.createArrayNode();
    ArrayNode target = Plotly.JSON.createArrayNode();
    ArrayNode value = Plotly.JSON.createArrayNode();
    ArrayNode colour = Plotly.JSON.createArrayNode();
    ArrayNode hover = Plotly.JSON.createArrayNode();
    double[] totals = new double[labels.size()];
    int down = 0;
    int all = 0;
    for (int row : routes) {
      Row r = transitions.row(row);
      String a = r.getString(from);
      String b = r.getString(to);
      boolean isDown = direction != null ? r.getString(direction).equalsIgnoreCase("down") : rank(a) < rank(b);
      int n = (int) r.getNumber(count);
      source.add(left.indexOf(a));
      target.add(left.size() + right.indexOf(b));
      value.add(n);
      colour.add(isDown ? "rgba(39,174,96,0.45)" : "rgba(192,57,43,0.45)");
      hover.add(language.text(isDown ? "down" : "up", isDown ? "ned" : "op"));
      totals[left.indexOf(a)] += n;
      totals[left.size() + right.indexOf(b)] += n;
      down += isDown ? n : 0;
      all += n;
    }
    ArrayNode traces = Plotly.JSON.createArrayNode();
    ObjectNode sankey = Plotly.trace(traces, "sankey", language.text("Moves", "Skift"));
    sankey.put("arrangement", "snap");
    sankey.put("valueformat", ",.0f");
    ObjectNode node = sankey.putObject("node");
    node.set("label", Plotly.texts(labels));
    node.put("pad", 18).put("thickness", 18);
    node.putObject("line").put("color", "#555").put("width", 0.5);
    ArrayNode nodeColours = node.putArray("color");
    labels.forEach(l -> nodeColours.add(Plotly.REFERENCE));
    node.set("x", Plotly.numbers(positions(left.size(), right.size(), totals, true)));
    node.set("y", Plotly.numbers(positions(left.size(), right.size(), totals, false)));
    ObjectNode link = sankey.putObject("link");
    link.set("source", source);
    link.set("target", target);
    link.set("value", value);
    link.set("color", colour);
    link.set("customdata", hover);
    link.put("hovertemplate", "%{source.label} → %{target.label} (%{customdata}): %{value:,.0f}<extra></extra>");

    String title = language.text("Moves on the intervention ladder", "Skift på indsatstrappen");
    String subtitle = language.text("From step (left) to step (right); ", "Fra trin (venstre) til trin (højre); ")
        + language.number(all, 0) + language.text(" moves, ", " skift, ") + language.number(100.0 * down / all, 0)
        + language.text(" % down the ladder (green) to lighter help, the rest up (red)",
            " % ned ad trappen (grøn) til lettere hjælp, resten op (rød)");
    ObjectNode layout = Plotly.layout(title, subtitle, language, 560);
    layout.with("margin").put("l", 30).put("r", 30);
    return new Chart(title, traces, layout, Footer.of(transitions, language));
  }

  /**
   * Node positions that keep each column in ladder order, heaviest step on top (plotly's layout
   * would reorder them to reduce crossings): x at the left or right edge, y the middle of the node
   * when the column's nodes are stacked by size with a small gap between them.
   */
  private static double[] positions(int leftCount, int rightCount, double[] totals, boolean x) {
    double[] out = new double[totals.length];
    stack(out, totals, 0, leftCount, x ? 0.001 : -1);
    stack(out, totals, leftCount, leftCount + rightCount, x ? 0.999 : -1);
    return out;
  }

  private static void stack(double[] out, double[] totals, int from, int to, double x) {
    double gap = 0.05;
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += totals[i];
    }
    double usable = 1 - gap * (to - from - 1);
    double top = 0;
    for (int i = from; i < to; i++) {
      double height = totals[i] / sum * usable;
      out[i] = x >= 0 ? x : Math.min(0.999, Math.max(0.001, top + height / 2));
      top += height + gap;
    }
  }

  private static List<String> ladderOrder(Set<String> steps) {
    List<String> ordered = new ArrayList<>(steps);
    ordered.sort(Comparator.comparingInt(LadderSankey::rank));
    return ordered;
  }

  /** A step's place on the ladder, heaviest first; steps not on it come last, in the table's order. */
  private static int rank(String step) {
    for (LadderStep s : LadderStep.values()) {
      if (s.label().equals(step) || LadderStep.of(step).orElse(null) == s) {
        return s.ordinal();
      }
    }
    return LadderStep.values().length;
  }
}
