package dk.styrbord.data.generator;

/**
 * The years the municipal panel datasets cover: 2016–2024, the years of the REGK31 extract.
 *
 * <p>Example: {@code for (int y = Years.FIRST; y <= Years.LAST; y++)}.
 */
final class Years {
  static final int FIRST = 2016;
  static final int LAST = 2024;

  private Years() {}
}
