package dk.styrbord.notebook;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A cell's prose as HTML: CommonMark, with raw HTML shown as text, and nothing that reaches the
 * network. A link to another page becomes its text followed by the address in brackets (a report
 * is read offline and must not call anywhere); a link within the report ({@code #cell-3}) stays a
 * link; an image becomes its description.
 *
 * <p>Example: {@code Markdown.html("**Lejre** <b>x</b>")} gives {@code <p><strong>Lejre</strong>
 * &lt;b&gt;x&lt;/b&gt;</p>}.
 */
public final class Markdown {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).nodeRendererFactory(OfflineLinks::new).build();

  private Markdown() {}

  /** The HTML of Markdown text. */
  public static String html(String markdown) {
    return RENDERER.render(PARSER.parse(markdown));
  }

  private static final class OfflineLinks implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    OfflineLinks(HtmlNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Link.class, Image.class);
    }

    @Override
    public void render(Node node) {
      if (node instanceof Link link) {
        renderLink(link);
      } else if (node instanceof Image image) {
        context.getWriter().text("[" + plainText(image) + "]");
      }
    }

    private void renderLink(Link link) {
      String target = link.getDestination();
      if (target.startsWith("#")) {
        context.getWriter().tag("a", Map.of("href", context.encodeUrl(target)));
        renderChildren(link);
        context.getWriter().tag("/a");
        return;
      }
      renderChildren(link);
      context.getWriter().text(" (" + target + ")");
    }

    private void renderChildren(Node parent) {
      Node child = parent.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        context.render(child);
        child = next;
      }
    }

    private static String plainText(Node node) {
      StringBuilder s = new StringBuilder();
      for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
        if (c instanceof org.commonmark.node.Text t) {
          s.append(t.getLiteral());
        } else {
          s.append(plainText(c));
        }
      }
      return s.toString();
    }
  }
}
