package dk.styrbord.repl;

import dk.styrbord.Daemons;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A prompt started ahead, in the background, that the next plain {@code ./workbench} in the same folder
 * takes over instead of starting its own: it has its JVM, JShell and data ready and waits just before
 * its banner. {@code ./workbench} starts it under a pseudo-terminal of its own ({@code script}), in a
 * folder only this user can open ({@code $XDG_RUNTIME_DIR/styrbord-UID}, mode 0700) holding the
 * pipes {@code in}, {@code out}, {@code go} and {@code reply}, a random {@code token} and the name of the
 * pseudo-terminal ({@code pts}), and names that folder in {@code STYRBORD_SPARE_DIR}.
 *
 * <p>When ready the spare renames its folder {@code ready.KEY} (KEY: the working folder, jar and java of
 * the start), so that one start claims it by renaming it in turn. The start then writes one line to
 * {@code go}: {@code token=… pid=… dir=…}. The spare answers {@code ok} on {@code reply} only when the
 * token is its own, the start's process is this user's, in this working folder and with this
 * environment (the {@link StartState#PER_TERMINAL} variables aside), and no file it read at its start
 * has changed since; else it answers why not and exits, and the start starts as usual. Unclaimed, it
 * exits after {@code STYRBORD_WARM_MINUTES} (30) or as soon as one of its files changes.
 *
 * <p>Example: {@code SpareSession.awaitClaim()} in {@link Banner#print()} returns at once in a prompt
 * that is not a spare.
 */
final class SpareSession {
  /** The environment variable that names a spare's folder. */
  static final String DIR_VARIABLE = "STYRBORD_SPARE_DIR";

  /** The environment variable that gives a spare's key (see {@link #startIfAsked}). */
  static final String KEY_VARIABLE = "STYRBORD_SPARE_KEY";

  private static final Duration WATCH = Duration.ofSeconds(10);
  private static volatile SpareSession current;

  private final Path folder;
  private final Path ready;
  private final String token;
  private final StartState atStart;
  private final Supplier<StartState> now;
  private final Duration unclaimedFor;
  private final Runnable warmUp;
  private final Runnable onClaim;
  private volatile Path claimed;

  SpareSession(Path folder, String key, Supplier<StartState> now, Duration unclaimedFor, Runnable warmUp, Runnable onClaim)
      throws IOException {
    this.folder = folder;
    this.ready = folder.resolveSibling("ready." + key);
    this.token = Files.readString(folder.resolve("token"), StandardCharsets.US_ASCII).strip();
    this.now = now;
    this.atStart = now.get();
    this.unclaimedFor = unclaimedFor;
    this.warmUp = warmUp;
    this.onClaim = onClaim;
  }

  /**
   * Makes this process a spare when {@code STYRBORD_SPARE_DIR} names its folder ({@code
   * STYRBORD_SPARE_KEY} its key); {@code warmUp} runs once the data are read, before the spare says it
   * is ready, and {@code onClaim} when a start takes it over, before the banner (the history is read
   * again there). Call before the data are read: their state is taken now.
   */
  static void startIfAsked(Map<String, String> env, Runnable warmUp, Runnable onClaim) {
    String dir = env.get(DIR_VARIABLE);
    if (dir == null || dir.isBlank()) {
      return;
    }
    try {
      current = new SpareSession(Path.of(dir), env.getOrDefault(KEY_VARIABLE, "none"), StartState::ofThisProcess,
          Duration.ofMinutes(minutes(env.get("STYRBORD_WARM_MINUTES"))), warmUp, onClaim);
    } catch (IOException | UncheckedIOException e) {
      Runtime.getRuntime().halt(0); // an unusable folder: nobody waits for this spare
    }
  }

  /**
   * In a spare, waits until a start claims it (see the class comment) and returns; a spare that is not
   * taken over ends its process here. Elsewhere returns at once.
   */
  static void awaitClaim() {
    SpareSession spare = current;
    if (spare != null) {
      spare.serve().ifPresent(why -> Runtime.getRuntime().halt(0));
    }
  }

  /**
   * In a claimed spare, leaves the prompt's exit code in its folder for the start that claimed it, then
   * wakes JShell's terminal reader (see {@link #wakeTerminalReader}).
   */
  static void finished(int code) {
    SpareSession spare = current;
    if (spare != null && spare.claimed != null) {
      try {
        Files.writeString(spare.claimed.resolve("status"), code + "\n", StandardCharsets.US_ASCII);
      } catch (IOException e) {
        // the start then reports exit code 1
      }
      wakeTerminalReader(spare.claimed.resolve("in"));
    }
  }

  /**
   * Sends one byte to the pseudo-terminal's input ({@code in}, which {@code script} copies to it), so that
   * the thread JShell keeps reading the terminal with returns from its read and ends: the JVM waits at
   * its exit until no thread is in a native call, at least 300 ms. The byte is read by nobody else: the
   * prompt has closed, and the pseudo-terminal does not echo (./workbench starts the spare with {@code
   * stty -echo}).
   */
  private static void wakeTerminalReader(Path in) {
    try (RandomAccessFile pipe = new RandomAccessFile(in.toFile(), "rw")) { // read-write: opening never waits
      pipe.write('\n');
    } catch (IOException e) {
      // the JVM then waits its 300 ms
    }
  }

  /** Warms up, renames the folder ready, waits for a claim and answers it; empty once taken over, else why not. */
  Optional<String> serve() {
    Object identity = fileKey(folder);
    warmUp.run();
    // the pipe is opened before the folder is ready: a start may claim (rename) it at once
    try (RandomAccessFile go = new RandomAccessFile(folder.resolve("go").toFile(), "rw")) {
      try {
        Files.writeString(folder.resolve("pid"), ProcessHandle.current().pid() + "\n", StandardCharsets.US_ASCII);
        Files.move(folder, ready, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        remove(folder);
        return Optional.of("another spare is ready for the same start (" + e.getMessage() + ")");
      }
      Daemons.thread("styrbord-spare-watch", this::watch).start();
      String line = go.readLine(); // bytes as Latin-1 chars: decoded as the UTF-8 they are
      return serve(Claim.parse(line == null ? null : new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)), identity);
    } catch (IOException | IllegalArgumentException e) {
      return Optional.of("no claim (" + e.getMessage() + ")");
    }
  }

  private Optional<String> serve(Claim claim, Object identity) {
    Optional<String> refusal = refusal(claim, identity);
    if (!answer(claim, refusal.map(r -> "refused: " + r).orElse("ok")) || refusal.isPresent()) {
      return refusal.or(() -> Optional.of("the start left before the answer"));
    }
    claimed = claim.folder();
    onClaim.run();
    if (claim.pid() != ProcessHandle.current().pid()) {
      // the start gone (its terminal closed), the prompt ends as at a closed terminal, keeping the history
      ProcessHandle.of(claim.pid()).ifPresent(start -> start.onExit().thenRun(() -> System.exit(1)));
    }
    return Optional.empty();
  }

  /** Why this claim may not take the spare over, if it may not ({@code identity}: the spare's folder's file key). */
  Optional<String> refusal(Claim claim, Object identity) {
    if (!token.equals(claim.token())) {
      return Optional.of("not this spare's token");
    }
    if (identity == null || !identity.equals(fileKey(claim.folder()))) {
      return Optional.of(claim.folder() + " is not this spare's folder");
    }
    try {
      Path proc = Path.of("/proc", Long.toString(claim.pid()));
      if (!Files.getAttribute(proc, "unix:uid").equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))) {
        return Optional.of("another user's start");
      }
      if (!Files.readSymbolicLink(proc.resolve("cwd")).equals(Path.of("").toAbsolutePath())) {
        return Optional.of("started in another folder");
      }
      Optional<String> variable = StartState.environmentDifference(System.getenv(), StartState.environmentOf(claim.pid()));
      if (variable.isPresent()) {
        return Optional.of("the environment variable " + variable.get() + " differs");
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return Optional.of("cannot read the start's process (" + e.getMessage() + ")");
    }
    return atStart.firstDifference(now.get());
  }

  /** Every few seconds until claimed: exits when unclaimed too long or when a file it read has changed. */
  private void watch() {
    long deadline = System.nanoTime() + unclaimedFor.toNanos();
    while (claimed == null) {
      try {
        Thread.sleep(WATCH.toMillis());
      } catch (InterruptedException e) {
        return;
      }
      if (claimed == null && (System.nanoTime() > deadline || atStart.firstDifference(now.get()).isPresent())) {
        Path retired = ready.resolveSibling("retired." + ProcessHandle.current().pid());
        try {
          Files.move(ready, retired, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          return; // a start has claimed it meanwhile and checks its files itself
        }
        remove(retired);
        Runtime.getRuntime().halt(0); // nothing of a user's to save, so no shutdown hooks
      }
    }
  }

  /** Writes the answer to the start; false when it could not (a start gone before opening its end gives up after 5 s). */
  private static boolean answer(Claim claim, String line) {
    Thread timeout = Daemons.thread("styrbord-spare-answer", () -> {
      try {
        Thread.sleep(5000);
        Runtime.getRuntime().halt(0); // blocked opening a pipe nobody reads: only ending the process frees it
      } catch (InterruptedException e) {
        // answered
      }
    });
    timeout.start();
    try {
      Files.writeString(claim.folder().resolve("reply"), line + "\n", StandardCharsets.US_ASCII);
      return true;
    } catch (IOException e) {
      return false;
    } finally {
      timeout.interrupt();
    }
  }

  private static void remove(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // the next start's ./workbench clears what is left
    }
  }

  static Object fileKey(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  private static long minutes(String value) {
    try {
      return value == null || value.isBlank() ? 30 : Math.max(1, Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      return 30;
    }
  }

  /** The line a start writes to claim a spare: {@code token=… pid=… dir=…}. */
  record Claim(String token, long pid, Path folder) {
    static Claim parse(String line) {
      if (line == null) {
        throw new IllegalArgumentException("no claim");
      }
      String token = null;
      Long pid = null;
      Path folder = null;
      for (String part : line.strip().split(" ", 3)) {
        if (part.startsWith("token=")) {
          token = part.substring(6);
        } else if (part.startsWith("pid=")) {
          pid = Long.parseLong(part.substring(4));
        } else if (part.startsWith("dir=")) {
          folder = Path.of(part.substring(4));
        }
      }
      if (token == null || pid == null || folder == null) {
        throw new IllegalArgumentException("incomplete claim: " + line);
      }
      return new Claim(token, pid, folder);
    }
  }
}
