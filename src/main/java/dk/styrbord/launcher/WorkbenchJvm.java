package dk.styrbord.launcher;

import dk.styrbord.WorkbenchException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
    // the binary copies of the datasets (DatasetCache) live beside the start-up archive
    options.add("-Dstyrbord.cache=" + StartupArchive.folderBeside(jar));
    options.add("-D" + LAUNCHED + "=true");
    return new WorkbenchJvm(java, List.copyOf(options), jar);
  }

  /**
   * C1 only and the serial collector: on 2 cores the C2 compiler threads doubled the CPU a start
   * costs and the answers at the prompt are no faster (measured again with the parallel import: the
   * full JIT took a first answer from 1.3 to 2.1 s, C1 with profiling or C2 for the import code
   * alone still cost 0.9-1.0 s of CPU; a 5M-row import is faster with C1 only, a 20M-row one 1.18
   * times slower). Arrays of 1 MB and more go straight to the old generation: a 20M-row import's
   * growing columns were copied by young collections, 611-730 ms of pauses against 180-264 ms, peak
   * memory 1,089 against 880 MB (6 interleaved runs; a 5M-row one 355 against 402 MB, as fast), with
   * no difference to a cold start (medians of 10 alternating: 2.15 and 2.09 s on a loaded machine).
   * The parallel collector was measured too: the 20M-row import 3.88 against 4.08 s (medians of 8),
   * but 447 against 355 MB at 5M rows, more than pandas. JDK 24+ warns when Tablesaw's class scanner
   * (ClassGraph) frees a buffer through sun.misc.Unsafe.
   */
  static List<String> forFeatureVersion(int feature) {
    List<String> options = new ArrayList<>(List.of(C1_ONLY, "-XX:+UseSerialGC", "-XX:PretenureSizeThreshold=1m"));
    if (feature >= 24) {
      options.add("--sun-misc-unsafe-memory-access=allow");
    }
    return options;
  }

  /**
   * The commands that get the JIT's full tiers (C2) back: {@code update}, a long import. Not
   * {@code run}: measured on 2 cores, the 11 shipped notebooks took 9.98 s with C1 only against
   * 12.25 s with the full JIT (medians of 3, interleaved), the C2 threads competing with the cells.
   */
  private static final Set<String> BATCH = Set.of("update");
  private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

  /**
   * The heap option for {@code STYRBORD_HEAP} (e.g. {@code 4g}, {@code 1500m}): {@code -Xmx4g};
   * nothing when it is not set. A value Java would not take is one line with the fix.
   */
  public static List<String> heap(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    if (!value.strip().matches("\\d+[kKmMgGtT]?")) {
      throw new WorkbenchException("STYRBORD_HEAP=" + value + " is not a size; give the largest heap as a number"
          + " with k, m or g, e.g. STYRBORD_HEAP=4g.");
    }
    return List.of("-Xmx" + value.strip());
  }

  /**
   * The full command: {@code java}, the options, {@code extra} options (the archive's), {@code -jar},
   * the arguments. {@code update} runs without the C1-only limit chosen for a quick start, which
   * made a long import 1.7 times slower.
   */
  public List<String> command(List<String> extra, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    boolean batch = !arguments.isEmpty() && BATCH.contains(arguments.get(0));
    // the workbench's own C1 option comes first (forFeatureVersion); one the user gave stays
    command.addAll(batch && options.get(0).equals(C1_ONLY) ? options.subList(1, options.size()) : options);
    command.addAll(extra);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(arguments);
    return command;
  }
}
