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
    assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), WorkbenchJvm.forFeatureVersion(17));
    assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), WorkbenchJvm.forFeatureVersion(23));
    assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--sun-misc-unsafe-memory-access=allow"),
        WorkbenchJvm.forFeatureVersion(25));
  }

  @Test
  void theCommandIsThisJdksJavaTheOptionsTheUsersThenTheArchiveThenTheJarAndItsArguments() {
    Path jar = Path.of("/opt/a b/styrbord.jar");
    Path home = Path.of("/opt/a b");
    WorkbenchJvm jvm = WorkbenchJvm.of(jar, home, List.of("-Xmx2g"));
    List<String> command = jvm.command(List.of("-XX:SharedArchiveFile=x.jsa"), List.of("run", "notebooks/lejre.jsh"));
    assertTrue(Files.isExecutable(Path.of(command.get(0))), command.get(0));
    assertEquals(Path.of(System.getProperty("java.home")), Path.of(command.get(0)).getParent().getParent());
    List<String> expectedTail = List.of("-Xmx2g", "-Dstyrbord.home=/opt/a b", "-Dstyrbord.launched=true",
        "-XX:SharedArchiveFile=x.jsa", "-jar", "/opt/a b/styrbord.jar", "run", "notebooks/lejre.jsh");
    assertEquals(expectedTail, command.subList(command.size() - expectedTail.size(), command.size()));
    assertEquals(WorkbenchJvm.forFeatureVersion(Runtime.version().feature()), command.subList(1, command.size() - expectedTail.size()));
  }
}
