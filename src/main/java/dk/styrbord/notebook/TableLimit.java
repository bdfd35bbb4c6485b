package dk.styrbord.notebook;

/**
 * How much of a table a cell's output keeps: a report keeps the first and last rows of a long
 * table, the live notebook keeps every row up to a bound, to scroll through.
 *
 * <p>Example: {@code TablePreview.of(table, "caption", TableLimit.LIVE)}.
 *
 * @param whole tables up to this many rows are kept whole
 * @param head a longer table keeps this many rows first ...
 * @param tail ... and this many last
 */
record TableLimit(int whole, int head, int tail) {
  /** A report: tables up to 40 rows whole, else the first 20 and the last 10. */
  static final TableLimit REPORT = new TableLimit(TablePreview.WHOLE, TablePreview.HEAD, TablePreview.TAIL);
  /** The live notebook: the first 10 000 rows. */
  static final TableLimit LIVE = new TableLimit(10_000, 10_000, 0);
}
