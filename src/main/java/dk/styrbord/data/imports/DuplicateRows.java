package dk.styrbord.data.imports;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds two rows with the same key (every column but the value, e.g. the same area × time twice)
 * using 8 bytes per row: a 64-bit hash of the key, sorted once at the end. Only rows whose hashes
 * collide are compared field by field, so millions of rows are checked in well under a second.
 */
final class DuplicateRows {
  private final Path file;
  private final List<String> names;
  private final int value;
  private final LongArrayList hashes = new LongArrayList();
  private final IntArrayList lines = new IntArrayList();

  DuplicateRows(Path file, List<String> names, int value) {
    this.file = file;
    this.names = names;
    this.value = value;
  }

  void add(String[] fields, long line) {
    long h = 1125899906842597L;
    for (int i = 0; i < fields.length && i < names.size(); i++) {
      if (i != value) {
        h = mix(h * 31 + fields[i].strip().hashCode()) + i;
      }
    }
    hashes.add(h);
    lines.add((int) Math.min(line, Integer.MAX_VALUE));
  }

  /**
   * Fails with one line naming the two lines when a key occurs twice. The second pass re-reads the
   * keys only for rows whose hash occurs twice, which is almost never.
   */
  void check(KeySource keys) {
    long[] sorted = hashes.toLongArray();
    Arrays.sort(sorted);
    LongOpenHashSet repeated = new LongOpenHashSet();
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        repeated.add(sorted[i]);
      }
    }
    if (repeated.isEmpty()) {
      return;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int row = 0; row < hashes.size(); row++) {
      if (!repeated.contains(hashes.getLong(row))) {
        continue;
      }
      String key = String.join("\u0000", keys.key(row));
      Integer earlier = seen.putIfAbsent(key, row);
      if (earlier != null) {
        throw ImportProblem.at(file, lines.getInt(row), "this row repeats line " + lines.getInt(earlier) + " (same "
                + keyNames() + ": " + String.join(", ", keys.key(row)) + ")",
            "Remove one of the two rows; if both are needed, the file lacks a column that tells them apart");
      }
    }
  }

  /** The key fields of a row, read back from the columns built so far. */
  interface KeySource {
    String[] key(int row);
  }

  private String keyNames() {
    List<String> keyNames = new ArrayList<>(names);
    keyNames.remove(value);
    return String.join(" × ", keyNames);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
