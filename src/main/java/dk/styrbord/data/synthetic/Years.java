package dk.styrbord.data.synthetic;

import java.util.stream.IntStream;

/** The years the municipal panel datasets cover: 2016–2024, the years of the REGK31 extract. */
final class Years {
  static final int FIRST = 2016;
  static final int LAST = 2024;

  private Years() {}

  static IntStream panel() {
    return IntStream.rangeClosed(FIRST, LAST);
  }
}
