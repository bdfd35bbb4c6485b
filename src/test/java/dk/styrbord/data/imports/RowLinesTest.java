package dk.styrbord.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RowLinesTest {
  @Test
  void rowsAfterBlankLinesAndLineBreaksInQuotesKeepTheirLines() {
    RowLines lines = new RowLines();
    // header on line 1; rows on 2, 3, 4; a blank line; 6, then a quoted line break: 7 spans two lines; 9, 10
    for (long line : new long[] {2, 3, 4, 6, 7, 9, 10}) {
      lines.add(line);
    }
    assertEquals(7, lines.size());
    long[] expected = {2, 3, 4, 6, 7, 9, 10};
    for (int row = 0; row < expected.length; row++) {
      assertEquals(expected[row], lines.of(row), "row " + row);
    }
  }
}
