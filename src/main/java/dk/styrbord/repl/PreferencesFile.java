package dk.styrbord.repl;

import dk.styrbord.SafeFile;
import dk.styrbord.WorkbenchException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the prompt keeps its history and settings between sessions: a properties file, by default
 * {@code ~/.styrbord/jshell.properties}, kept apart from plain jshell's own preferences. JShell
 * stores its history line by line when the prompt closes, so changes are collected and {@link
 * #save()} writes them once: to a temporary file that then replaces the old one, so a crash never
 * leaves a half-written file.
 */
final class PreferencesFile extends AbstractMap<String, String> {
  private final Path file;
  private final TreeMap<String, String> values = new TreeMap<>();
  private boolean changed;

  private PreferencesFile(Path file) {
    this.file = file;
  }

  /** The preferences stored in {@code file}, read now if it exists. */
  static PreferencesFile at(Path file) {
    PreferencesFile prefs = new PreferencesFile(file);
    prefs.read();
    return prefs;
  }

  /** The file named by the environment variable STYRBORD_PREFS, else {@code ~/.styrbord/jshell.properties}. */
  static Path defaultLocation() {
    String chosen = System.getenv("STYRBORD_PREFS");
    if (chosen != null && !chosen.isBlank()) {
      return Path.of(chosen);
    }
    return Path.of(System.getProperty("user.home"), ".styrbord", "jshell.properties");
  }

  @Override
  public synchronized String put(String key, String value) {
    String old = values.put(key, value);
    changed |= !value.equals(old);
    return old;
  }

  @Override
  public synchronized String remove(Object key) {
    String old = values.remove(key);
    changed |= old != null;
    return old;
  }

  @Override
  public synchronized Set<Entry<String, String>> entrySet() {
    return Map.copyOf(values).entrySet();
  }

  @Override
  public synchronized String get(Object key) {
    return values.get(key);
  }

  /** Reads the file again in place of what is held (a spare prompt taken over: see {@link SpareSession}). */
  synchronized void reload() {
    values.clear();
    changed = false;
    read();
  }

  private void read() {
    if (!Files.isRegularFile(file)) {
      return;
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
      p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("Styrbord: could not read " + file + " (" + e.getMessage() + "); starting without history.");
    }
  }

  /** Writes the changes since the last save, if any. */
  synchronized void save() {
    if (changed) {
      write();
      changed = false;
    }
  }

  private void write() {
    Properties p = new Properties();
    p.putAll(values);
    try {
      SafeFile.write(file, out -> p.store(out, "Styrbord prompt history and settings"), true);
    } catch (WorkbenchException e) {
      System.err.println("Styrbord: could not save the prompt's history: " + e.getMessage());
    }
  }
}
