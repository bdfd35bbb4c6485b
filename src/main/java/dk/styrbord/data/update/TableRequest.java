package dk.styrbord.data.update;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.styrbord.WorkbenchException;
import dk.styrbord.data.imports.StatBankClient;
import dk.styrbord.data.imports.StatbankReader;
import dk.styrbord.data.imports.TableInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * One table's request in an update: the variables it selects, checked against the table's
 * tableinfo (a variable StatBank renamed or a value it dropped is one line naming the table), and
 * the answer, read as CSV in code form and checked to hold every requested row (a cut-off answer
 * is one line too). Variables not selected are left to the API to eliminate, which tableinfo must allow.
 *
 * <p>Example: {@code TableRequest.of(info).select("Tid", List.of("2024")).fetch(client, reader)}.
 */
final class TableRequest {
  private final TableInfo info;
  private final Map<String, List<String>> selection = new LinkedHashMap<>();

  private TableRequest(TableInfo info) {
    this.info = info;
  }

  static TableRequest of(TableInfo info) {
    return new TableRequest(info);
  }

  /** The variable with this id; a missing one names the table, the variable and what it has now. */
  TableInfo.Variable variable(String id) {
    return info.variables().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow(() -> new WorkbenchException(
        info.id() + ": the table has no variable " + id + " any more (it has "
            + info.variables().stream().map(TableInfo.Variable::id).collect(Collectors.joining(", "))
            + "); StatBank changed the table, so this Styrbord cannot update it."));
  }

  /** The value of a variable with this code; a missing one names the table and the variable. */
  TableInfo.Value value(String variable, String code) {
    return variable(variable).values().stream().filter(v -> v.id().equals(code)).findFirst().orElseThrow(() -> new WorkbenchException(
        info.id() + ": " + variable + " has no value " + code + " any more; StatBank changed the table, so this Styrbord cannot update it."));
  }

  /** Adds a variable's selection; an empty one names the table and the variable. */
  TableRequest select(String variable, List<String> values) {
    variable(variable);
    if (values.isEmpty()) {
      throw new WorkbenchException(info.id() + ": none of the values Styrbord needs are in " + variable
          + " (StatBank changed the table).");
    }
    selection.put(variable, List.copyOf(values));
    return this;
  }

  String table() {
    return info.id();
  }

  Map<String, List<String>> selection() {
    return selection;
  }

  /** The exact JSON body POSTed to {@code /v1/data}. */
  ObjectNode body() {
    return StatBankClient.dataRequest(info.id(), "CSV", "da", "Code", selection);
  }

  /** The number of rows the answer must have: one per combination of the selected values. */
  long expectedRows() {
    return selection.values().stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
  }

  /** Downloads the answer (never from an old cache) and reads it; a short answer names the table. */
  Table fetch(StatBankClient client, StatbankReader reader) {
    for (TableInfo.Variable v : info.variables()) {
      if (!selection.containsKey(v.id()) && !v.elimination()) {
        throw new WorkbenchException(info.id() + ": the variable " + v.id() + " can no longer be left out (StatBank changed the table),"
            + " so this Styrbord cannot update it.");
      }
    }
    return check(client.data(info.id(), "CSV", "da", "Code", selection, true), reader);
  }

  /** Reads an answer already on disk (a previous layer's, copied) with the same checks as a download. */
  Table check(Path answer, StatbankReader reader) {
    matchesRequest(answer);
    Table rows = read(reader, answer);
    if (rows.rowCount() != expectedRows()) {
      throw new WorkbenchException(String.format("%s: the answer has %,d of the %,d rows asked for (cut off in transfer?)."
          + " Run the update again.", info.id(), rows.rowCount(), expectedRows()));
    }
    return rows;
  }

  /**
   * The answer's header must be the requested variables (in order) and INDHOLD, and every value in
   * a variable's column one that was asked for; otherwise StatBank changed the table (or answered in
   * labels), and joining it would be silently wrong, so this is one line naming the table and the change.
   */
  private void matchesRequest(Path answer) {
    List<String> expected = new ArrayList<>();
    selection.keySet().forEach(k -> expected.add(k.toUpperCase(Locale.ROOT)));
    expected.add("INDHOLD");
    List<Set<String>> allowed = selection.values().stream().map(v -> (Set<String>) new HashSet<>(v)).toList();
    try (BufferedReader in = Files.newBufferedReader(answer, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      List<String> columns = header == null ? List.of()
          : List.of(header.replace("\uFEFF", "").strip().split(";", -1)).stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
      if (!columns.equals(expected)) {
        throw new WorkbenchException(info.id() + ": the answer's columns are " + String.join(";", columns) + ", not the "
            + String.join(";", expected) + " asked for; StatBank changed the table, so this Styrbord cannot update it.");
      }
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(";", -1);
        if (cells.length != expected.size()) {
          continue; // a line cut off in transfer: the row count below says so
        }
        for (int i = 0; i < allowed.size(); i++) {
          if (!allowed.get(i).contains(cells[i].strip())) {
            throw new WorkbenchException(info.id() + ": the answer's " + expected.get(i) + " has \"" + cells[i].strip()
                + "\", which was not asked for (codes were); StatBank changed the table, so this Styrbord cannot update it.");
          }
        }
      }
    } catch (IOException e) {
      throw new WorkbenchException(info.id() + ": the answer " + answer + " cannot be read (" + e.getMessage() + "). Run the update again.", e);
    }
  }

  private Table read(StatbankReader reader, Path answer) {
    try {
      return reader.read(answer);
    } catch (WorkbenchException e) {
      // the reader's advice is for a file a user edits; an API answer that does not read was cut off or changed
      String detail = e.getMessage().replace(answer + ", ", "");
      int end = detail.indexOf(". ");
      throw new WorkbenchException(info.id() + ": the answer does not read as StatBank CSV (" + (end > 0 ? detail.substring(0, end) : detail)
          + "); it was probably cut off in transfer. Run the update again.", e);
    }
  }
}
