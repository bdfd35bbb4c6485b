package dk.styrbord.data.imports;

import java.util.List;
import tech.tablesaw.api.StringColumn;

/**
 * A text column as row codes and the text of each code (0, 1, 2 … in order of first occurrence),
 * from which the Tablesaw column is built without re-hashing its rows. Example: {@code
 * dictionary.coded().column()}.
 */
final class CodedText {
  private final String name;
  private final RowCodes codes;
  private final List<String> values;

  CodedText(String name, RowCodes codes, List<String> values) {
    this.name = name;
    this.codes = codes;
    this.values = values;
  }

  /** The number of distinct values. */
  int size() {
    return values.size();
  }

  int rows() {
    return codes.size();
  }

  /** The code of row {@code row}. */
  int code(int row) {
    return codes.get(row);
  }

  /** {@code keys[j] = keys[j] * radix + code(from + j)} for {@code j < n}: one column's digit of each row's key. */
  void mixInto(int from, int[] keys, int n, int radix) {
    codes.mixInto(from, keys, n, radix);
  }

  /** The row codes. */
  RowCodes codes() {
    return codes;
  }

  /** The text of a code. */
  String value(int code) {
    return values.get(code);
  }

  /** The column as a Tablesaw string column. */
  StringColumn column() {
    return codes.column(name, values);
  }
}
