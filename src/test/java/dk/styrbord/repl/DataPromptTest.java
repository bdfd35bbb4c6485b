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

  @Test
  void switchingDataBindsTheDatasetVariablesAgain() {
    DataPrompt.useBundledData();
    int rows = DatasetVariables.spending.rowCount();
    DatasetVariables.spending = DatasetVariables.spending.first(3);
    DatasetVariables.population = null;
    DataPrompt.useBundledData();
    assertEquals(rows, DatasetVariables.spending.rowCount());
    assertEquals(Session.current().datasets().table("population").rowCount(), DatasetVariables.population.rowCount());
  }
}
