package dk.styrbord.data;

/**
 * One column of a bundled dataset as the catalog describes it.
 *
 * @param name the column name in the CSV header, e.g. {@code per_inhabitant}
 * @param type the Tablesaw column type it is read as: INTEGER, DOUBLE, STRING, LOCAL_DATE, BOOLEAN
 * @param status OFFICIAL (copied from a public source), SYNTHETIC (made for training) or MIXED
 *     (row by row; the description names the column that tells)
 * @param description what the column holds, with its unit
 */
public record ColumnEntry(String name, String type, String status, String description) {}
