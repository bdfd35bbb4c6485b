package dk.styrbord.repl;

import dk.styrbord.notebook.PromptNotebook;
import dk.styrbord.notebook.ShellSetup;
import java.nio.file.Path;
import java.util.List;

/**
 * The prompt's way into a notebook ({@code import static dk.styrbord.repl.NotebookPrompt.*}):
 * open one and run a cell or all of them, each cell's values printed, without the browser.
 */
public final class NotebookPrompt {
  private static final String NOTEBOOKS = "Notebooks / Notesbøger";

  /** The helpers of this class, for {@code help()}. */
  static final List<HelpEntry> HELP =
      List.of(
          new HelpEntry("notebook", NOTEBOOKS, "notebook(String path)  ·  then .run(N), .runAll(), .runStale(), .set(name, value), .show(N), .chart(N)",
              "Opens a notebook (.jsh) in a session of its own, made as the prompt's; run(3) runs cell 3 (and first the cells above it that have not run) and prints its values, tables and charts, runAll() every cell, set(\"kommune\", \"Morsø\") changes a parameter and runs what depends on it. Ctrl-C stops a running cell. In the browser: ./workbench notebook FILE.jsh.",
              "Åbner en notesbog (.jsh) i sin egen session, lavet som promptens; run(3) kører celle 3 (og først de celler over den, der ikke har kørt) og viser dens værdier, tabeller og grafer, runAll() alle celler, set(\"kommune\", \"Morsø\") ændrer en parameter og kører det, der afhænger af den. Ctrl-C stopper en celle, der kører. I browseren: ./workbench notebook FIL.jsh.",
              "var nb = notebook(\"notebooks/lolland.jsh\"); nb.run(1); nb.close()"));

  private NotebookPrompt() {}

  /** Opens a notebook to run cell by cell at the prompt. Example: {@code notebook("notebooks/lolland.jsh").run(3)}. */
  public static PromptNotebook notebook(String path) {
    ShellSetup setup = new ShellSetup(WorkbenchExecutionProvider.WITHOUT_JOURNAL, List.of(), StartupScript.forNotebook(), CompileHint::of);
    return PromptNotebook.open(Path.of(path), setup, Session.current().municipalities(), System.out);
  }
}
