package dk.styrbord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTest {
  @TempDir Path bundle;

  @Test
  void anUnzippedBundleHasNoBenchmarkAndSaysWhereItIsInOneLine() throws Exception {
    Path jar = bundle.resolve("styrbord.jar");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Bench.run(bundle, WorkbenchJvm.of(jar, bundle, List.of()), StartupArchive.beside(jar), List.of("3"),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertEquals("Styrbord: bench measures a source checkout (" + bundle.resolve("src/bench/bench.sh")
        + " is missing); run it in the project folder, with bash.\n", err.toString(StandardCharsets.UTF_8));
  }
}
