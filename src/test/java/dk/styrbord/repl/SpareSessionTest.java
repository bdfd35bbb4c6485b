package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SpareSessionTest {
  @TempDir Path run;

  private final long self = ProcessHandle.current().pid();

  @Test
  void aClaimIsParsedFromItsLineAPathWithSpacesIncluded() {
    SpareSession.Claim c = SpareSession.Claim.parse("token=ab12 pid=4711 dir=/tmp/styrbord 0/claimed.4711\n");
    assertEquals("ab12", c.token());
    assertEquals(4711, c.pid());
    assertEquals(Path.of("/tmp/styrbord 0/claimed.4711"), c.folder());
    assertThrows(IllegalArgumentException.class, () -> SpareSession.Claim.parse("token=ab12 pid=4711"));
    assertThrows(IllegalArgumentException.class, () -> SpareSession.Claim.parse(null));
  }

  @Test
  void thisProcessMayClaimItsOwnSpareWithTheRightTokenOnly() throws IOException {
    Path data = Files.createDirectories(run.resolve("data"));
    Files.writeString(data.resolve("spending.csv"), "kommune;2024\n", StandardCharsets.UTF_8);
    SpareSession spare = new SpareSession(folder("starting.k.1"), "k", () -> StartState.files(List.of(), data), Duration.ofMinutes(1), () -> {}, () -> {});
    Path folder = run.resolve("starting.k.1");
    Object identity = SpareSession.fileKey(folder);

    assertEquals(Optional.empty(), spare.refusal(new SpareSession.Claim("secret", self, folder), identity));
    assertEquals(Optional.of("not this spare's token"), spare.refusal(new SpareSession.Claim("guess", self, folder), identity));
    Path other = Files.createDirectories(run.resolve("claimed.2"));
    assertEquals(Optional.of(other + " is not this spare's folder"), spare.refusal(new SpareSession.Claim("secret", self, other), identity));
  }

  @Test
  void aDataFileChangedSinceTheSpareStartedRefusesTheClaim() throws IOException {
    Path data = Files.createDirectories(run.resolve("data"));
    Path csv = Files.writeString(data.resolve("spending.csv"), "kommune;2024\n", StandardCharsets.UTF_8);
    SpareSession spare = new SpareSession(folder("starting.k.1"), "k", () -> StartState.files(List.of(), data), Duration.ofMinutes(1), () -> {}, () -> {});
    Path folder = run.resolve("starting.k.1");
    Files.setLastModifiedTime(csv, FileTime.fromMillis(Files.getLastModifiedTime(csv).toMillis() + 2000));

    Optional<String> refusal = spare.refusal(new SpareSession.Claim("secret", self, folder), SpareSession.fileKey(folder));

    assertTrue(refusal.orElseThrow().startsWith(csv + " 13 "), refusal.toString());
  }

  @Test
  @Timeout(30)
  void aStartClaimsTheReadySpareThroughItsPipesAndIsAnsweredOk() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "the hand-over reads /proc (Linux)");
    Path starting = folder("starting.k.1");
    for (String pipe : List.of("go", "reply")) {
      assumeTrue(new ProcessBuilder("mkfifo", starting.resolve(pipe).toString()).start().waitFor() == 0, "mkfifo");
    }
    AtomicBoolean claimedHook = new AtomicBoolean();
    AtomicBoolean warmedUpBeforeReady = new AtomicBoolean();
    Path data = Files.createDirectories(run.resolve("data"));
    SpareSession spare = new SpareSession(starting, "k", () -> StartState.files(List.of(), data), Duration.ofMinutes(1),
        () -> warmedUpBeforeReady.set(Files.isDirectory(starting) && !Files.exists(run.resolve("ready.k"))), () -> claimedHook.set(true));
    CompletableFuture<Optional<String>> serving = CompletableFuture.supplyAsync(spare::serve);

    Path ready = run.resolve("ready.k");
    for (int i = 0; i < 500 && !Files.exists(ready.resolve("pid")); i++) {
      Thread.sleep(10);
    }
    Path mine = run.resolve("claimed." + self);
    Files.move(ready, mine);
    CompletableFuture<String> reply = CompletableFuture.supplyAsync(() -> read(mine.resolve("reply")));
    try (var go = new java.io.RandomAccessFile(mine.resolve("go").toFile(), "rw")) { // as ./workbench: never blocks
      go.write(("token=secret pid=" + self + " dir=" + mine + "\n").getBytes(StandardCharsets.UTF_8));
    }

    assertEquals("ok\n", reply.get(10, TimeUnit.SECONDS));
    assertEquals(Optional.empty(), serving.get(10, TimeUnit.SECONDS));
    assertTrue(claimedHook.get());
    assertTrue(warmedUpBeforeReady.get(), "the warm-up runs while the folder is still starting, not ready");
    assertEquals(self + "\n", Files.readString(mine.resolve("pid")));
  }

  @Test
  void environmentsDifferOnlyInVariablesThatAreNotPerTerminal() {
    var mine = java.util.Map.of("HOME", "/home/a", "STYRBORD_DATA", "bundled", "WINDOWID", "1", "SHLVL", "2");
    var same = java.util.Map.of("HOME", "/home/a", "STYRBORD_DATA", "bundled", "WINDOWID", "7");
    var other = java.util.Map.of("HOME", "/home/a", "WINDOWID", "1", "SHLVL", "2");
    assertEquals(Optional.empty(), StartState.environmentDifference(mine, same));
    assertEquals(Optional.of("STYRBORD_DATA"), StartState.environmentDifference(mine, other));
  }

  @Test
  void thisProcessReadsItsOwnEnvironmentFromProc() throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux");
    assertEquals(Optional.empty(), StartState.environmentDifference(System.getenv(), StartState.environmentOf(self)));
  }

  private Path folder(String name) throws IOException {
    Path f = Files.createDirectories(run.resolve(name));
    Files.writeString(f.resolve("token"), "secret\n", StandardCharsets.US_ASCII);
    return f;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
