package dk.styrbord.plot;

/**
 * A chart drawn with characters, for the terminal: it prints as its text, lines and all.
 *
 * <p>Example: {@code Sparkline.of(trend)} prints {@code Lejre 2016 ▁▂▃▄▅▆▇█ 2024 …}.
 *
 * @param text the lines of the chart
 */
public record TextChart(String text) {
  @Override
  public String toString() {
    return text;
  }
}
