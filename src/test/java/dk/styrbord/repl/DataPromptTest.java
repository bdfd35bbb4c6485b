package dk.styrbord.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.styrbord.data.WorkbenchHome;
import org.junit.jupiter.api.Test;

/** The prompt's data-in-use helpers; updateData() itself is tested end to end in DataUpdateTest and MainTest. */
class DataPromptTest {
  @Test
  void dataFolderNamesTheBundledDataAndUseBundledDataKeepsIt() {
    String data = WorkbenchHome.dataDirectory().toString();
    assertEquals(data, DataPrompt.useBundledData());
    assertEquals(data, DataPrompt.dataFolder());
  }
}
