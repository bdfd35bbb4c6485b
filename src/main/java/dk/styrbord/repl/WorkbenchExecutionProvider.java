package dk.styrbord.repl;

import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Makes {@link WorkbenchExecutionControl} available to JShell as {@code --execution styrbord}
 * (found through {@code META-INF/services}).
 */
public final class WorkbenchExecutionProvider implements ExecutionControlProvider {

  /** The engine name given to {@code --execution}. */
  public static final String NAME = "styrbord";

  /**
   * The same engine for a notebook opened from the prompt: its session keeps no journal for
   * {@code saveSession}, which goes on saving the prompt's own code.
   */
  static final String WITHOUT_JOURNAL = NAME + ":journal(off)";

  private static final String JOURNAL = "journal";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, String> defaultParameters() {
    return Map.of(JOURNAL, "on");
  }

  @Override
  public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
    JShell session = EnvSession.of(env);
    if (!"off".equals(parameters.get(JOURNAL))) {
      SessionCode.attach(session);
      PromptHints.attach(session);
    }
    return new WorkbenchExecutionControl(session);
  }
}
