package dk.styrbord.notebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A live notebook's {@link NotebookSession.View} as the JSON the page reads (the format is in
 * {@code live/API.md}): prose as escaped HTML, outputs as text, tables (every row kept) and
 * plotly charts.
 *
 * <p>Example: {@code NotebookJson.of(session.view()).get("cells").get(0).get("status").asText()}.
 */
final class NotebookJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private NotebookJson() {}

  /** The whole state. */
  static ObjectNode of(NotebookSession.View view) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("version", view.version());
    json.put("file", view.file().toString());
    json.put("name", view.name());
    json.put("title", view.title());
    json.put("introHtml", Markdown.html(view.intro()));
    json.put("dirty", view.dirty());
    json.put("busy", view.busy());
    json.put("running", view.running());
    json.put("message", view.message());
    ArrayNode parameters = json.putArray("parameters");
    for (Parameter p : view.parameters()) {
      parameters.addObject().put("name", p.name()).put("type", p.type()).put("value", p.initializer());
    }
    ArrayNode variables = json.putArray("variables");
    for (Variable v : view.variables()) {
      variables.addObject().put("name", v.name()).put("type", v.type()).put("shape", v.shape());
    }
    ArrayNode cells = json.putArray("cells");
    view.cells().forEach(c -> cells.add(cell(c)));
    return json;
  }

  private static ObjectNode cell(NotebookSession.CellView view) {
    Cell c = view.cell();
    ObjectNode json = MAPPER.createObjectNode();
    json.put("number", c.number());
    json.put("title", c.title());
    json.put("prose", c.prose());
    json.put("proseHtml", Markdown.html(c.prose()));
    json.put("code", c.code());
    json.put("codeLine", c.codeLine());
    json.put("status", view.status());
    json.put("millis", view.millis());
    ArrayNode outputs = json.putArray("outputs");
    view.outputs().forEach(o -> outputs.add(output(o)));
    if (view.error() == null) {
      json.putNull("error");
    } else {
      CellError e = view.error();
      ObjectNode error = json.putObject("error");
      error.put("kind", e.kind().name()).put("text", e.kind().text()).put("message", e.message()).put("line", e.line());
      ArrayNode trace = error.putArray("trace");
      e.trace().forEach(trace::add);
    }
    return json;
  }

  private static ObjectNode output(Output output) {
    ObjectNode json = MAPPER.createObjectNode();
    if (output instanceof Output.Printed p) {
      json.put("kind", "text").put("text", p.text());
    } else if (output instanceof Output.Value v) {
      json.put("kind", "value").put("text", v.text());
    } else if (output instanceof Output.TableShown t) {
      table(json, t.table());
    } else if (output instanceof Output.ChartShown c) {
      json.put("kind", "chart").put("title", c.chart().title());
      json.set("data", c.chart().data());
      json.set("layout", c.chart().layout());
      json.put("footer", c.chart().footer());
    }
    return json;
  }

  private static void table(ObjectNode json, TablePreview t) {
    json.put("kind", "table").put("caption", t.name()).put("rowCount", t.rowCount());
    ArrayNode columns = json.putArray("columns");
    t.columns().forEach(columns::add);
    ArrayNode numeric = json.putArray("numeric");
    t.numeric().forEach(numeric::add);
    ArrayNode rows = json.putArray("rows");
    for (List<List<String>> part : List.of(t.head(), t.tail())) {
      for (List<String> row : part) {
        ArrayNode r = rows.addArray();
        row.forEach(r::add);
      }
    }
  }
}
