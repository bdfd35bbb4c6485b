package dk.styrbord.data.generator;

/**
 * A source file of {@code data/sources/} does not hold what the generator expects; the message is one
 * line naming the file and the value, and {@link GenerateData#main} prints it alone.
 *
 * <p>Example: {@code throw new SourceException("FOLK1B_2016-2020K1_age_groups.csv: no municipality is called 'Kopenhagen'")}.
 */
final class SourceException extends RuntimeException {
  SourceException(String message) {
    super(message);
  }
}
