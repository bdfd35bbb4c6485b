package dk.styrbord.notebook;

/**
 * A parameter a notebook declares in its first cell, {@code //%% Parameters}, e.g. {@code String
 * kommune = "Lejre";}.
 *
 * @param name the variable's name
 * @param type String, int, long, double or boolean
 * @param initializer the default as written in the notebook, e.g. {@code "Lejre"}
 * @param line the line of the declaration within the parameter cell's code, from 0
 */
public record Parameter(String name, String type, String initializer, int line) {

  /** How it reads in a message: {@code kommune (String, default "Lejre")}. */
  @Override
  public String toString() {
    return name + " (" + type + ", default " + initializer + ")";
  }
}
