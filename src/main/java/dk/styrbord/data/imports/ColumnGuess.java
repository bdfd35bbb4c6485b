package dk.styrbord.data.imports;

/**
 * What a reader found in one column: its name, the kind of values (e.g. "area by name",
 * "period (month)", "number, decimal comma", "date dd.MM.yyyy", "text") and a first value.
 *
 * @param name the column name (from the header line, or given by the reader)
 * @param kind the kind of values detected
 * @param example the first non-empty value, as written in the file
 */
public record ColumnGuess(String name, String kind, String example) {}
