package dk.styrbord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkbenchJvmTest {
  @Test
  void c1OnlyAndTheSerialCollectorOnEveryJdkAndUnsafeAllowedFrom24() {
    assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:PretenureSizeThreshold=1m"), WorkbenchJvm.forFeatureVersion(17));
    assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:PretenureSizeThreshold=1m"), WorkbenchJvm.forFeatureVersion(23));
    assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:PretenureSizeThreshold=1m", "--sun-misc-unsafe-memory-access=allow"),
        WorkbenchJvm.forFeatureVersion(25));
  }

  @Test
  void theCommandIsThisJdksJavaTheOptionsTheUsersThenTheArchiveThenTheJarAndItsArguments() {
    Path jar = Path.of("/opt/a b/styrbord.jar");
    Path home = Path.of("/opt/a b");
    WorkbenchJvm jvm = WorkbenchJvm.of(jar, home, List.of("-Xmx2g"));
    List<String> command = jvm.command(List.of("-XX:SharedArchiveFile=x.jsa"), List.of("notebook", "notebooks/lejre.jsh"));
    assertTrue(Files.isExecutable(Path.of(command.get(0))), command.get(0));
    assertEquals(Path.of(System.getProperty("java.home")), Path.of(command.get(0)).getParent().getParent());
    List<String> expectedTail = List.of("-Xmx2g", "-Dstyrbord.home=/opt/a b", "-Dstyrbord.cache=/opt/a b/cds", "-Dstyrbord.launched=true",
        "-XX:SharedArchiveFile=x.jsa", "-jar", "/opt/a b/styrbord.jar", "notebook", "notebooks/lejre.jsh");
    assertEquals(expectedTail, command.subList(command.size() - expectedTail.size(), command.size()));
    assertEquals(WorkbenchJvm.forFeatureVersion(Runtime.version().feature()), command.subList(1, command.size() - expectedTail.size()));
  }

  @Test
  void theDatasetCopiesAreKeptInTheArchivesFolder() {
    Path jar = Path.of("/opt/a b/styrbord.jar");
    assertEquals(Path.of("/opt/a b/cds"), StartupArchive.folderBeside(jar));
    assertEquals(StartupArchive.beside(jar).file().getParent(), StartupArchive.folderBeside(jar));
    assertTrue(WorkbenchJvm.of(jar, Path.of("/opt/a b"), List.of()).options().contains("-Dstyrbord.cache=/opt/a b/cds"));
  }

  @Test
  void anUpdateRunsWithTheFullJitAndThePromptAndNotebooksWithC1Only() {
    WorkbenchJvm jvm = WorkbenchJvm.of(Path.of("/w/styrbord.jar"), Path.of("/w"), List.of());
    assertTrue(jvm.command(List.of(), List.of()).contains("-XX:TieredStopAtLevel=1"), "the prompt");
    assertTrue(jvm.command(List.of(), List.of("notebook")).contains("-XX:TieredStopAtLevel=1"), "the live notebook");
    assertTrue(jvm.command(List.of(), List.of("run", "x")).contains("-XX:TieredStopAtLevel=1"), "a notebook batch (measured faster)");
    for (String batch : new String[] {"update"}) {
      List<String> command = jvm.command(List.of(), List.of(batch, "x"));
      assertTrue(!command.contains("-XX:TieredStopAtLevel=1") && command.contains("-XX:+UseSerialGC"), batch + ": " + command);
    }
    WorkbenchJvm asked = WorkbenchJvm.of(Path.of("/w/styrbord.jar"), Path.of("/w"), List.of("-XX:TieredStopAtLevel=1"));
    assertEquals(1, asked.command(List.of(), List.of("update")).stream().filter("-XX:TieredStopAtLevel=1"::equals).count(),
        "a user who asks for C1 only in a batch gets it");
  }

  @Test
  void styrbordHeapGivesTheHeapOptionAndABadValueIsOneLine() {
    assertEquals(List.of("-Xmx4g"), WorkbenchJvm.heap("4g"));
    assertEquals(List.of("-Xmx1500m"), WorkbenchJvm.heap(" 1500m "));
    assertEquals(List.of(), WorkbenchJvm.heap(null));
    assertEquals(List.of(), WorkbenchJvm.heap(""));
    dk.styrbord.WorkbenchException e = org.junit.jupiter.api.Assertions.assertThrows(dk.styrbord.WorkbenchException.class,
        () -> WorkbenchJvm.heap("4 GB"));
    assertEquals("STYRBORD_HEAP=4 GB is not a size; give the largest heap as a number with k, m or g, e.g. STYRBORD_HEAP=4g.",
        e.getMessage());
  }
}
