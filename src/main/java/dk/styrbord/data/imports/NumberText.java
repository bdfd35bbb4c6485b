package dk.styrbord.data.imports;

/**
 * Reads numbers as Danish and international files write them, without Tablesaw's number parser
 * (which strips every comma, so {@code 12,5} would become 125).
 *
 * <ul>
 *   <li>decimal comma: {@code 12,5} → 12.5, {@code 1.234,56} → 1234.56, {@code -3} → -3;
 *   <li>decimal point: {@code 12.5} → 12.5, {@code 1,234.56} → 1234.56;
 *   <li>scientific notation, as R, pandas and Excel write very small or large numbers: {@code 1e-04},
 *       {@code 2,5E+06};
 *   <li>missing → NaN: an empty cell, StatBank's {@code ..}, and what R and pandas take as missing by
 *       default ({@link #MISSING}: {@code NA}, {@code N/A}, {@code #N/A}, {@code NULL}, {@code NaN},
 *       {@code None} …); StatBank's nil {@code -} → 0.
 * </ul>
 *
 * <p>Spaces (also no-break spaces) between digit groups are allowed, and so is the minus sign
 * U+2212. Example: {@code NumberText.parse("1.234,56", ',')} gives {@code 1234.56}.
 */
public final class NumberText {
  /** What {@link #parse} returns for text that is not a number. */
  public static final class NotANumber extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NotANumber(CharSequence text) {
      super("not a number: " + text);
    }
  }

  /**
   * The cells every reader takes as missing, in any column: empty, StatBank's {@code ..} and
   * {@code ...}, and pandas' default {@code na_values} (which include R's {@code NA}).
   */
  public static final java.util.Set<String> MISSING = java.util.Set.of("", "..", "...", "NA", "N/A", "n/a", "#N/A",
      "#N/A N/A", "#NA", "<NA>", "NULL", "null", "NaN", "nan", "-NaN", "-nan", "None", "1.#IND", "-1.#IND", "1.#QNAN",
      "-1.#QNAN");

  private static final java.util.regex.Pattern EXPONENT = java.util.regex.Pattern.compile("[eE][+-]?\\d{1,3}");

  private static final double[] POWERS = new double[23];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }


  private NumberText() {}


  /** True for a missing cell ({@link #MISSING}): empty, StatBank's "not available" ({@code ..}), NA, N/A, NULL … */
  public static boolean isMissing(CharSequence text) {
    return MISSING.contains(text.toString().strip());
  }

  /** True for StatBank's nil ({@code -}): the value is zero. */
  public static boolean isNil(CharSequence text) {
    String t = text.toString().strip();
    return t.equals("-") || t.equals("\u2212");
  }

  /**
   * The number a text holds, with {@code decimalMark} ',' or '.'; the other mark separates
   * thousands. Missing ({@code ..}, empty) gives NaN, nil ({@code -}) gives 0.
   *
   * @throws NotANumber when the text is not a number in this convention
   */
  public static double parse(CharSequence text, char decimalMark) {
    if (isMissing(text)) {
      return Double.NaN;
    }
    if (isNil(text)) {
      return 0;
    }
    char thousands = decimalMark == ',' ? '.' : ',';
    return digits(text, decimalMark, thousands);
  }

  /**
   * The number in a StatBank value, which never has thousands separators: a single ',' or '.' is
   * the decimal mark, so both {@code 12,5} (lang=da) and {@code 12.5} (lang=en) give 12.5. When
   * both marks occur, the last is the decimal mark ({@code 1.234,56} → 1234.56).
   */
  public static double parseStatbank(CharSequence text) {
    if (isMissing(text)) {
      return Double.NaN;
    }
    if (isNil(text)) {
      return 0;
    }
    String t = text.toString();
    int comma = t.lastIndexOf(',');
    int point = t.lastIndexOf('.');
    if (comma >= 0 && point >= 0) {
      return comma > point ? digits(t, ',', '.') : digits(t, '.', ',');
    }
    if (comma >= 0) {
      return digits(t, ',', '\0');
    }
    if (point >= 0 && point == t.indexOf('.')) {
      return digits(t, '.', '\0');
    }
    return digits(t, ',', '.');
  }

  /**
   * {@link #parseStatbank(CharSequence)} on bytes, for the streaming reader: plain values such as
   * {@code -7498,9} or {@code 5867412} and the missing {@code ..} are read without making a String; anything else takes the
   * text path.
   */
  static double parseStatbank(byte[] bytes, int start, int end) {
    if (end - start == 2 && bytes[start] == '.' && bytes[start + 1] == '.') {
      return Double.NaN;
    }
    int i = start;
    boolean negative = false;
    if (i < end && bytes[i] == '-') {
      negative = true;
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = -1;
    for (; i < end; i++) {
      byte b = bytes[i];
      if (b >= '0' && b <= '9' && digits < 18) {
        mantissa = mantissa * 10 + (b - '0');
        digits++;
        if (scale >= 0) {
          scale++;
        }
      } else if ((b == ',' || b == '.') && scale < 0 && digits > 0) {
        scale = 0;
      } else {
        return parseStatbank(new String(bytes, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    if (digits == 0 || scale == 0) {
      return parseStatbank(new String(bytes, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    double value = scale <= 0 ? mantissa : mantissa / POWERS[scale];
    return negative ? -value : value;
  }

  /** True when the text is a number with this decimal mark, missing or nil. */
  public static boolean isNumber(CharSequence text, char decimalMark) {
    try {
      parse(text, decimalMark);
      return true;
    } catch (NotANumber e) {
      return false;
    }
  }

  /**
   * Sign, digit groups and one decimal mark. Thousands separators must come between digits, and
   * after the first separator every group has three digits, so "12.5" is refused when '.'
   * separates thousands ("1.234" and "12.500" are fine).
   */
  private static double digits(CharSequence text, char decimalMark, char thousands) {
    for (int i = text.length() - 1; i > 0; i--) {
      char c = text.charAt(i);
      if (c == 'e' || c == 'E') {
        String t = text.toString().strip();
        int e = Math.max(t.lastIndexOf('e'), t.lastIndexOf('E'));
        if (e > 0 && EXPONENT.matcher(t.substring(e)).matches()) {
          return scientific(t.substring(0, e), t.substring(e + 1), decimalMark, thousands);
        }
        throw new NotANumber(text);
      }
    }
    return plainDigits(text, decimalMark, thousands);
  }

  /** {@code 1,5E-04}: a mantissa without thousands separators, then a power of ten; rounded once, as Java's parser does. */
  private static double scientific(String mantissa, String exponent, char decimalMark, char thousands) {
    if (mantissa.indexOf(thousands) >= 0) {
      throw new NotANumber(mantissa + "E" + exponent);
    }
    plainDigits(mantissa, decimalMark, thousands);
    char first = mantissa.charAt(0);
    String sign = first == '-' || first == '\u2212' ? "-" : "";
    return Double.parseDouble(sign + plain(mantissa, decimalMark) + "E" + exponent);
  }

  private static double plainDigits(CharSequence text, char decimalMark, char thousands) {
    int n = text.length();
    int i = 0;
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    while (n > i && Character.isWhitespace(text.charAt(n - 1))) {
      n--;
    }
    boolean negative = false;
    if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '\u2212' || text.charAt(i) == '+')) {
      negative = text.charAt(i) != '+';
      i++;
    }
    long mantissa = 0;
    int significant = 0;
    int scale = 0;
    int digitCount = 0;
    int groupDigits = -1;
    boolean fraction = false;
    boolean overflow = false;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digitCount++;
        if (groupDigits >= 0 && !fraction) {
          groupDigits++;
        }
        if (significant < 18) {
          mantissa = mantissa * 10 + (c - '0');
          if (mantissa > 0) {
            significant++;
          }
          if (fraction) {
            scale++;
          }
        } else {
          overflow = true;
          if (!fraction) {
            scale--;
          }
        }
      } else if (c == decimalMark && !fraction && digitCount > 0 | i + 1 < n) {
        if (groupDigits >= 0 && groupDigits != 3) {
          throw new NotANumber(text);
        }
        fraction = true;
      } else if ((c == thousands || c == ' ' || c == '\u00A0' || c == '\u202F') && !fraction && digitCount > 0
          && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
        if (groupDigits >= 0 && groupDigits != 3 || groupDigits < 0 && digitCount > 3) {
          throw new NotANumber(text);
        }
        groupDigits = 0;
      } else {
        throw new NotANumber(text);
      }
    }
    if (digitCount == 0 || groupDigits >= 0 && !fraction && groupDigits != 3) {
      throw new NotANumber(text);
    }
    double value = overflow || scale < 0 || scale >= POWERS.length
        ? Double.parseDouble(plain(text, decimalMark))
        : mantissa / POWERS[scale];
    return negative ? -value : value;
  }

  private static String plain(CharSequence text, char decimalMark) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
      } else if (c == decimalMark) {
        out.append('.');
      }
    }
    return out.toString();
  }
}
