package dk.styrbord.repl;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * One variable's own declaration out of a snippet that declares several: from {@code int a = 1,
 * b = f();} the declaration of {@code b} is {@code int b = f();}. JShell runs each variable of such
 * a snippet on its own, so one initializer may throw while the others complete; each source it
 * reports is the whole line. The line is parsed by javac (it is always there: JShell compiles with
 * it), which knows where each initializer ends, commas in generics and lambdas included.
 *
 * <p>Example: {@code Declarators.of("int a = 1, b = f();", "b")} is {@code Optional[int b = f();]}.
 */
final class Declarators {
  private static final String OPENING = "class Declarators { ";

  private Declarators() {}

  /**
   * The declaration of {@code name} alone, with the line's modifiers and type; empty when the
   * source declares only that one variable (it is its own declaration) or does not parse.
   */
  static Optional<String> of(String source, String name) {
    // the ';' on a line of its own ends a line that has none and is not swallowed by a trailing
    // comment; after one that has its own it is an empty member, which Java allows
    String text = OPENING + source + "\n;\n}";
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
    JavacTask task = (JavacTask) javac.getTask(null, null, diagnostic -> {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(diagnostic);
      }
    }, List.of("-proc:none"), null, List.of(new Source(text)));
    try {
      CompilationUnitTree unit = task.parse().iterator().next();
      if (!errors.isEmpty()) {
        return Optional.empty();
      }
      List<VariableTree> variables = ((ClassTree) unit.getTypeDecls().get(0)).getMembers().stream()
          .filter(VariableTree.class::isInstance).map(VariableTree.class::cast).toList();
      if (variables.size() < 2) {
        return Optional.empty();
      }
      SourcePositions positions = Trees.instance(task).getSourcePositions();
      VariableTree first = variables.get(0);
      String type = slice(text, positions, unit, first, first.getType());
      return variables.stream().filter(v -> v.getName().contentEquals(name)).findFirst().map(v -> {
        Tree init = v.getInitializer();
        return type + " " + name + (init == null ? "" : " = " + slice(text, positions, unit, init, init)) + ";";
      });
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The text from the start of {@code from} to the end of {@code to}. */
  private static String slice(String text, SourcePositions positions, CompilationUnitTree unit, Tree from, Tree to) {
    return text.substring((int) positions.getStartPosition(unit, from), (int) positions.getEndPosition(unit, to));
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String text) {
      super(URI.create("string:///Declarators.java"), JavaFileObject.Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
