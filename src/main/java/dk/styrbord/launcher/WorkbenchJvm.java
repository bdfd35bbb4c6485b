package dk.styrbord.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of the JVM the workbench runs in: the JDK's {@code java}, the options that matter
 * for a start on few cores, the user's own JVM options, the install folder, and {@code -jar} the
 * workbench jar, whose manifest adds the libraries, the redefining agent and JShell's opened package.
 *
 * <p>Example: {@code WorkbenchJvm.current(jar, home).command(List.of(), List.of("run", "notebooks/lejre.jsh"))}.
 *
 * @param java the {@code java} executable of the running JDK
 * @param options the JVM options, the install folder and the launched marker included
 * @param jar the workbench jar
 */
public record WorkbenchJvm(Path java, List<String> options, Path jar) {
  /** The system property that tells the workbench's JVM it was started with these options (see {@link Launcher}). */
  public static final String LAUNCHED = "styrbord.launched";

  /** The JVM for this JDK, with {@code userOptions} (what the user gave {@code java -jar}) after the workbench's own. */
  public static WorkbenchJvm of(Path jar, Path home, List<String> userOptions) {
    boolean windows = System.getProperty("os.name", "").startsWith("Windows");
    Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    List<String> options = new ArrayList<>(forFeatureVersion(Runtime.version().feature()));
    options.addAll(userOptions);
    options.add("-Dstyrbord.home=" + home);
    options.add("-D" + LAUNCHED + "=true");
    return new WorkbenchJvm(java, List.copyOf(options), jar);
  }

  /**
   * C1 only and the serial collector: on 2 cores the C2 compiler threads doubled the CPU a start
   * costs and the answers at the prompt are no faster. JDK 24+ warns when Tablesaw's class scanner
   * (ClassGraph) frees a buffer through sun.misc.Unsafe.
   */
  static List<String> forFeatureVersion(int feature) {
    List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    if (feature >= 24) {
      options.add("--sun-misc-unsafe-memory-access=allow");
    }
    return options;
  }

  /** The full command: {@code java}, the options, {@code extra} options (the archive's), {@code -jar}, the arguments. */
  public List<String> command(List<String> extra, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(options);
    command.addAll(extra);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(arguments);
    return command;
  }
}
