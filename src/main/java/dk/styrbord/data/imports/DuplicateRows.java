package dk.styrbord.data.imports;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Finds two rows with the same key (every column but the value, e.g. the same area × time twice)
 * from the dictionary codes of the key columns: the codes form one number per row (mixed radix),
 * marked in a bit set when the number of combinations is small, or sorted otherwise. Millions of
 * rows are checked in well under a second.
 */
final class DuplicateRows {
  private static final long BITSET_LIMIT = 1L << 30;
  private static final int BLOCK = 4096;

  private DuplicateRows() {}

  /** Fails with one line naming both lines when two rows share a key. */
  static void check(Path file, List<String> names, int value, List<CodedText> keys, RowLines lines) {
    int rows = lines.size();
    long combinations = 1;
    for (CodedText k : keys) {
      combinations = combinations > Long.MAX_VALUE / Math.max(1, k.size()) ? -1 : combinations * Math.max(1, k.size());
      if (combinations < 0) {
        break;
      }
    }
    if (combinations > 0 && combinations <= BITSET_LIMIT) {
      BitSet seen = new BitSet((int) combinations);
      int[] block = new int[BLOCK];
      for (int from = 0; from < rows; from += BLOCK) {
        int n = Math.min(BLOCK, rows - from);
        Arrays.fill(block, 0, n, 0);
        for (CodedText k : keys) {
          k.mixInto(from, block, n, Math.max(1, k.size()));
        }
        for (int j = 0; j < n; j++) {
          if (seen.get(block[j])) {
            report(file, names, value, keys, lines, from + j);
          }
          seen.set(block[j]);
        }
      }
      return;
    }
    long[] sorted = new long[rows];
    for (int row = 0; row < rows; row++) {
      sorted[row] = combinations > 0 ? key(keys, row) : hash(keys, row);
    }
    Arrays.sort(sorted);
    for (int i = 1; i < rows; i++) {
      if (sorted[i] == sorted[i - 1]) {
        findPair(file, names, value, keys, lines, sorted[i], combinations > 0);
      }
    }
  }

  private static long key(List<CodedText> keys, int row) {
    long key = 0;
    for (CodedText k : keys) {
      key = key * Math.max(1, k.size()) + k.code(row);
    }
    return key;
  }

  private static long hash(List<CodedText> keys, int row) {
    long h = 1125899906842597L;
    for (CodedText k : keys) {
      h = h * 0x9E3779B97F4A7C15L + k.code(row);
      h ^= h >>> 29;
    }
    return h;
  }

  /** Reports the first row whose key occurred before (hash collisions that are not duplicates are skipped). */
  private static void findPair(Path file, List<String> names, int value, List<CodedText> keys, RowLines lines,
      long wanted, boolean exact) {
    int first = -1;
    for (int row = 0; row < lines.size(); row++) {
      long k = exact ? key(keys, row) : hash(keys, row);
      if (k != wanted) {
        continue;
      }
      if (first < 0) {
        first = row;
      } else if (sameKey(keys, first, row)) {
        report(file, names, value, keys, lines, row);
      }
    }
  }

  private static boolean sameKey(List<CodedText> keys, int a, int b) {
    for (CodedText k : keys) {
      if (k.code(a) != k.code(b)) {
        return false;
      }
    }
    return true;
  }

  private static void report(Path file, List<String> names, int value, List<CodedText> keys, RowLines lines, int row) {
    int earlier = 0;
    while (!sameKey(keys, earlier, row)) {
      earlier++;
    }
    List<String> keyNames = new java.util.ArrayList<>(names);
    keyNames.remove(value);
    List<String> values = keys.stream().map(k -> k.value(k.code(row))).toList();
    throw ImportProblem.at(file, lines.of(row), "this row repeats line " + lines.of(earlier) + " (same "
            + String.join(" × ", keyNames) + ": " + String.join(", ", values) + ")",
        "Remove one of the two rows; if both are needed, the file lacks a column that tells them apart");
  }
}
