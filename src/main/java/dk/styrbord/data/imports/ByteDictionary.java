package dk.styrbord.data.imports;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dictionary-encodes one text column while it is read: each row stores a code, and the bytes
 * of a value are decoded to a String only the first time they occur. A row equal to the row
 * before (the usual case in a sorted StatBank export) costs one byte comparison. Values are
 * stripped of surrounding spaces, so byte variants of the same text share one code. Row codes
 * take one byte a row while the column has few values (see {@link RowCodes}).
 */
final class ByteDictionary {
  private final String name;
  private final CharsetDecoder decoder;
  private final Path file;
  private final RowCodes codes;
  private final List<String> values = new ArrayList<>();
  private final Object2IntOpenHashMap<String> byValue = new Object2IntOpenHashMap<>();
  private byte[][] keys = new byte[64][];
  private int[] keyCodes = new int[64];
  private int keyCount;
  private byte[] previous = new byte[0];
  private int previousCode = -1;

  /** A dictionary for a column of about {@code rows} rows. */
  ByteDictionary(String name, TextEncoding encoding, Path file, int rows) {
    this.name = name;
    this.codes = new RowCodes(rows);
    this.decoder = encoding.decoder();
    this.file = file;
    byValue.defaultReturnValue(-1);
  }

  /** Appends the value in {@code bytes[start, end)} and returns its code. */
  int add(byte[] bytes, int start, int end, long line) {
    int code = codeOf(bytes, start, end, line);
    codes.add(code);
    return code;
  }

  /** Appends the code of the row before again (its bytes are the same) and returns it. */
  int repeat() {
    codes.add(previousCode);
    return previousCode;
  }

  /** The text of a code. */
  String value(int code) {
    return values.get(code);
  }

  int size() {
    return values.size();
  }

  /** The code of each row. */
  int code(int row) {
    return codes.get(row);
  }

  /** The row codes, for joining regions read with dictionaries of their own. */
  RowCodes codes() {
    return codes;
  }

  /** The column as codes and the text of each code. */
  CodedText coded() {
    return new CodedText(name, codes, values);
  }

  private int codeOf(byte[] bytes, int start, int end, long line) {
    int length = end - start;
    // the last byte first: a column that changes on every row (TID) then costs no full comparison
    if (previousCode >= 0 && previous.length == length && (length == 0 || previous[length - 1] == bytes[end - 1])
        && Arrays.equals(previous, 0, length, bytes, start, end)) {
      return previousCode;
    }
    int hash = hash(bytes, start, end);
    int mask = keys.length - 1;
    int slot = hash & mask;
    while (keys[slot] != null) {
      byte[] key = keys[slot];
      if (key.length == length && Arrays.equals(key, 0, length, bytes, start, end)) {
        return remember(key, keyCodes[slot]);
      }
      slot = (slot + 1) & mask;
    }
    byte[] key = Arrays.copyOfRange(bytes, start, end);
    int code = codeOfText(decode(bytes, start, length, line));
    keys[slot] = key;
    keyCodes[slot] = code;
    if (++keyCount * 2 > keys.length) {
      grow();
    }
    return remember(key, code);
  }

  private int remember(byte[] key, int code) {
    previous = key;
    previousCode = code;
    return code;
  }

  private int codeOfText(String text) {
    int code = byValue.getInt(text);
    if (code < 0) {
      code = values.size();
      values.add(text);
      byValue.put(text, code);
    }
    return code;
  }

  private String decode(byte[] bytes, int start, int length, long line) {
    try {
      return decoder.decode(ByteBuffer.wrap(bytes, start, length)).toString().strip();
    } catch (CharacterCodingException e) {
      throw ImportProblem.at(file, line, "a byte in " + name + " is not valid in the file's encoding (the file mixes encodings)",
          "Open it in a text editor or Excel and save it again as \"CSV UTF-8\"");
    }
  }

  private void grow() {
    byte[][] oldKeys = keys;
    int[] oldCodes = keyCodes;
    keys = new byte[oldKeys.length * 2][];
    keyCodes = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = hash(oldKeys[i], 0, oldKeys[i].length) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        keyCodes[slot] = oldCodes[i];
      }
    }
  }

  private static int hash(byte[] bytes, int start, int end) {
    int h = 0x811C9DC5;
    for (int i = start; i < end; i++) {
      h = (h ^ bytes[i]) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }
}
