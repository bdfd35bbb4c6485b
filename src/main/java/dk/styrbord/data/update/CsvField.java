package dk.styrbord.data.update;

/**
 * A text field of a comma-separated dataset file, quoted only when it holds a comma, a quote or a
 * line break (as the bundled files are written).
 *
 * <p>Example: {@code CsvField.of("Personlig støtte, pasning")} gives {@code "Personlig støtte, pasning"} in quotes.
 */
final class CsvField {
  private CsvField() {}

  static String of(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
