package dk.styrbord.repl;

import dk.styrbord.data.DataLayers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a prompt's start depends on, so that a spare prompt started earlier ({@link SpareSession}) is
 * handed over only while it is what a start now would give: the files it read (the jar and its
 * libraries, the JDK, the data in use and the pointer to it), the working folder, and the environment
 * but for the variables that differ from one terminal window to the next.
 *
 * <p>Example: {@code StartState.files(List.of(Path.of("target/styrbord.jar")), Path.of("data")).firstDifference(later)}
 * is empty while nothing changed, else names the file that did.
 */
record StartState(List<String> stamps) {
  /** Variables a terminal window or shell sets for itself; they never reach a helper's result. */
  static final Set<String> PER_TERMINAL = Set.of(
      "_", "SHLVL", "OLDPWD", "PWD", "COLUMNS", "LINES", "WINDOWID", "TERM_SESSION_ID", "SSH_TTY", "GPG_TTY",
      "TMUX_PANE", "STY", "WT_SESSION", "GNOME_TERMINAL_SCREEN", "KONSOLE_DBUS_SESSION", "KONSOLE_DBUS_WINDOW",
      "VTE_VERSION", "SHELL_SESSION_ID", SpareSession.DIR_VARIABLE, SpareSession.KEY_VARIABLE);

  StartState {
    stamps = List.copyOf(stamps);
  }

  /** The state of this process's start: its jar and libraries, its JDK and the data folder in use. */
  static StartState ofThisProcess() {
    List<Path> code = new ArrayList<>();
    Path jar = jar();
    code.add(jar);
    code.add(jar.resolveSibling("lib"));
    code.add(Path.of(System.getProperty("java.home"), "release"));
    code.add(DataLayers.home().resolve(DataLayers.POINTER));
    return files(code, DataLayers.active());
  }

  /** The size and modification time of every file in {@code paths} (a folder: every file under it) and under {@code data}. */
  static StartState files(List<Path> paths, Path data) {
    List<String> stamps = new ArrayList<>();
    Stream.concat(paths.stream(), Stream.of(data)).forEach(p -> stamp(p, stamps));
    return new StartState(stamps);
  }

  /** The first stamp that differs from {@code later}'s ("data/spending.csv 812 2026-12-07T…"), if any. */
  Optional<String> firstDifference(StartState later) {
    for (int i = 0; i < Math.max(stamps.size(), later.stamps.size()); i++) {
      String mine = i < stamps.size() ? stamps.get(i) : "(none)";
      String theirs = i < later.stamps.size() ? later.stamps.get(i) : "(none)";
      if (!mine.equals(theirs)) {
        return Optional.of(mine + " is now " + theirs);
      }
    }
    return Optional.empty();
  }

  /** The first variable whose value differs between two environments, per-terminal ones aside, if any. */
  static Optional<String> environmentDifference(Map<String, String> mine, Map<String, String> theirs) {
    TreeSet<String> names = new TreeSet<>(mine.keySet());
    names.addAll(theirs.keySet());
    return names.stream()
        .filter(k -> !PER_TERMINAL.contains(k) && !Objects.equals(mine.get(k), theirs.get(k)))
        .findFirst();
  }

  /** The environment of a process of this user, read from {@code /proc/PID/environ}. */
  static Map<String, String> environmentOf(long pid) throws IOException {
    Map<String, String> env = new TreeMap<>();
    String all = Files.readString(Path.of("/proc", Long.toString(pid), "environ"), StandardCharsets.UTF_8);
    for (String entry : all.split("\0")) {
      int eq = entry.indexOf('=');
      if (eq > 0) {
        env.put(entry.substring(0, eq), entry.substring(eq + 1));
      }
    }
    return env;
  }

  private static void stamp(Path path, List<String> stamps) {
    if (!Files.exists(path)) {
      stamps.add(path + " (none)");
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      files.filter(Files::isRegularFile).sorted().forEach(f -> {
        try {
          stamps.add(f + " " + Files.size(f) + " " + Files.getLastModifiedTime(f));
        } catch (IOException e) {
          stamps.add(f + " (unreadable)");
        }
      });
    } catch (IOException | UncheckedIOException e) {
      stamps.add(path + " (unreadable)");
    }
  }

  private static Path jar() {
    try {
      return Path.of(StartState.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException | SecurityException e) {
      return Path.of(System.getProperty("java.class.path"));
    }
  }
}
