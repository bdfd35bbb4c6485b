package dk.styrbord;

/**
 * A mistake the user can fix: an unknown municipality, a damaged data file, a year out of range.
 *
 * <p>The prompt shows only the message, so it must name the value and the fix in one line, e.g.
 * {@code Unknown municipality "Lejer". Did you mean Lejre?}
 */
public class WorkbenchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A one-line message naming the bad value and the fix. */
  public WorkbenchException(String message) {
    super(message);
  }

  /** A one-line message, keeping the low-level cause for {@code lastError()}. */
  public WorkbenchException(String message, Throwable cause) {
    super(message, cause);
  }
}
