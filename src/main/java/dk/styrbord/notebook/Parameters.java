package dk.styrbord.notebook;

import dk.styrbord.WorkbenchException;
import dk.styrbord.data.Municipalities;
import dk.styrbord.data.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parameters of a notebook, and values given on the command line ({@code --param
 * kommune=Morsø}) put in place of their defaults: the declaration keeps its line, only the
 * initializer becomes a literal of the declared type. A parameter named {@code kommune} must name a
 * municipality and is written as its official name.
 *
 * <p>Example: {@code Parameters.of(notebook).apply(Map.of("year", "2023"), municipalities)}.
 */
public final class Parameters {
  /** The parameter that names a municipality, validated and used in the report's file name. */
  public static final String KOMMUNE = "kommune";

  private static final Pattern DECLARATION = Pattern.compile(
      "^(\\s*(?:final\\s+)?(String|int|long|double|boolean|var)\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*)(.+?)(\\s*;\\s*(?://.*)?)$");

  private final Notebook notebook;
  private final Map<String, Parameter> declared;

  private Parameters(Notebook notebook, Map<String, Parameter> declared) {
    this.notebook = notebook;
    this.declared = declared;
  }

  /** The parameters declared in the notebook's first cell {@code //%% Parameters} (none without it). */
  public static Parameters of(Notebook notebook) {
    Map<String, Parameter> declared = new LinkedHashMap<>();
    Cell cell = notebook.parameterCell();
    if (cell != null) {
      String[] lines = cell.code().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher m = DECLARATION.matcher(lines[i]);
        if (m.matches()) {
          String type = m.group(2).equals("var") ? typeOf(m.group(4).strip()) : m.group(2);
          if (type == null) {
            continue;
          }
          declared.put(m.group(3), new Parameter(m.group(3), type, m.group(4).strip(), i));
        }
      }
    }
    return new Parameters(notebook, declared);
  }

  /** The declared parameters in order. */
  public List<Parameter> declared() {
    return List.copyOf(declared.values());
  }

  /**
   * The notebook with these values in place of the defaults. Fails at once, before anything runs,
   * on a parameter the notebook does not declare, a value that is not of the declared type, or a
   * municipality that does not exist.
   */
  public Notebook apply(Map<String, String> values, Municipalities municipalities) {
    if (values.isEmpty()) {
      return notebook;
    }
    Cell cell = notebook.parameterCell();
    if (cell == null) {
      throw new WorkbenchException(notebook.file() + " declares no parameters: its first cell would be //%% Parameters"
          + " with lines such as String kommune = \"Lejre\";");
    }
    String[] lines = cell.code().split("\n", -1);
    for (Map.Entry<String, String> given : values.entrySet()) {
      Parameter p = declared.get(given.getKey());
      if (p == null) {
        throw unknown(given.getKey());
      }
      String value = given.getValue();
      if (p.name().equals(KOMMUNE) && p.type().equals("String")) {
        value = municipalities.resolve(value).name();
      }
      Matcher m = DECLARATION.matcher(lines[p.line()]);
      m.matches();
      lines[p.line()] = m.group(1) + literal(p, value) + m.group(5);
    }
    return notebook.withCell(cell.withCode(String.join("\n", lines)));
  }

  /** The values a run uses, for the report's header: the given ones, else the defaults as written. */
  public Map<String, String> effective(Map<String, String> given, Municipalities municipalities) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Parameter p : declared.values()) {
      String value = given.get(p.name());
      if (value == null) {
        out.put(p.name(), unquote(p.initializer()));
      } else {
        out.put(p.name(), p.name().equals(KOMMUNE) ? municipalities.resolve(value).name() : value);
      }
    }
    return out;
  }

  /** A Java literal of the parameter's type for a value typed on the command line. */
  static String literal(Parameter p, String value) {
    String v = value.strip();
    try {
      switch (p.type()) {
        case "String":
          return stringLiteral(value);
        case "int":
          return Integer.toString(Integer.parseInt(v));
        case "long":
          return Long.parseLong(v) + "L";
        case "double":
          double d = Double.parseDouble(v);
          if (Double.isFinite(d)) {
            return Double.toString(d);
          }
          break;
        case "boolean":
          if (v.equals("true") || v.equals("false")) {
            return v;
          }
          break;
        default:
          break;
      }
    } catch (NumberFormatException e) {
      // reported below with the declared type
    }
    throw new WorkbenchException("--param " + p.name() + "=" + value + ": " + p.name() + " is " + describe(p.type())
        + ", e.g. --param " + p.name() + "=" + unquote(p.initializer()) + ".");
  }

  /** A Java string literal holding exactly {@code text}. */
  static String stringLiteral(String text) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            s.append(String.format("\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }

  private WorkbenchException unknown(String name) {
    String known = declared.isEmpty() ? "none"
        : declared.values().stream().map(Parameter::toString).collect(Collectors.joining(", "));
    return new WorkbenchException("Unknown parameter \"" + name + "\" for " + notebook.file() + "."
        + Suggestions.didYouMean(name, new ArrayList<>(declared.keySet())) + " Its parameters: " + known + ".");
  }

  /** The type of a {@code var} parameter from its literal, or null when it is not a literal. */
  private static String typeOf(String initializer) {
    if (initializer.startsWith("\"")) {
      return "String";
    }
    if (initializer.equals("true") || initializer.equals("false")) {
      return "boolean";
    }
    if (initializer.matches("-?\\d+[lL]")) {
      return "long";
    }
    if (initializer.matches("-?\\d+")) {
      return "int";
    }
    return initializer.matches("-?[\\d.]+([eE]-?\\d+)?[dD]?") ? "double" : null;
  }

  private static String describe(String type) {
    return switch (type) {
      case "int", "long" -> "a whole number";
      case "double" -> "a number (with . for decimals)";
      case "boolean" -> "true or false";
      default -> "text";
    };
  }

  private static String unquote(String initializer) {
    String s = initializer.strip();
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }
}
