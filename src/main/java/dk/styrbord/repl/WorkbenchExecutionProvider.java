package dk.styrbord.repl;

import java.util.Map;
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

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
    SessionCode.attach(env);
    return new WorkbenchExecutionControl();
  }
}
