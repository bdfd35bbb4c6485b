package dk.styrbord.plot;

/**
 * The session's chart language: {@code danish(true)} at the prompt or in a notebook sets it, and
 * every chart the session draws reads it (and the prompt's printed results), including a Tablesaw figure a notebook cell ends with,
 * which the report draws without passing through the prompt's helpers (a notebook runs in the
 * prompt's JVM). The one piece of chart state; builders still take their {@link Language} as a
 * parameter.
 *
 * <p>Example: {@code ChartLanguage.set(Language.DANISH); ChartLanguage.current()} is DANISH.
 */
public final class ChartLanguage {
  private static volatile Language current = Language.ENGLISH;

  private ChartLanguage() {}

  /** The language charts are drawn in now; English until set. */
  public static Language current() {
    return current;
  }

  /** Charts in {@code language} from now on. */
  public static void set(Language language) {
    current = language;
  }
}
