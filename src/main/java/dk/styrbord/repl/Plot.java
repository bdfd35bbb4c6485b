package dk.styrbord.repl;

import tech.tablesaw.plotly.components.Figure;

/**
 * Tablesaw's {@code Plot.show(figure)} as its documentation writes it, drawn offline: the prompt's
 * start-up imports this class in place of {@code tech.tablesaw.plotly.Plot}, whose page loads
 * plotly from a CDN (blank without a network) and which, without a display, throws "Browser not
 * supported." after writing {@code testoutput/output<uuid>.html}. A user who imports Tablesaw's
 * class gets Tablesaw's again; {@code show(figure)} is the offline way either way.
 *
 * <p>Example: {@code Plot.show(LinePlot.create("Cost", t, "year", "cost"))}.
 */
public final class Plot {
  private Plot() {}

  /** Opens the figure offline, as {@code show(figure)}. Example: {@code Plot.show(VerticalBarPlot.create("Cost", t, "area", "cost"))}. */
  public static void show(Figure figure) {
    PlotPrompt.show(figure);
  }
}
