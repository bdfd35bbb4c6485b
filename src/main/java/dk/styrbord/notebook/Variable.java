package dk.styrbord.notebook;

/**
 * One variable of a live notebook's session, as its variable panel lists it.
 *
 * @param name the variable's name, e.g. {@code ranking}
 * @param type its declared type as JShell gives it, e.g. {@code Table}
 * @param shape for a table {@code 98 rows × 6 columns}, for a collection its size, else empty
 */
public record Variable(String name, String type, String shape) {}
