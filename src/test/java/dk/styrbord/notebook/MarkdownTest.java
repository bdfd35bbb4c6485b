package dk.styrbord.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTest {
  @Test
  void markdownBecomesHtml() {
    assertEquals("<p>The <strong>level</strong> and <code>trend()</code></p>\n", Markdown.html("The **level** and `trend()`"));
  }

  @Test
  void rawHtmlShowsAsText() {
    assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; <b>x</b></p>\n".replace("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
        Markdown.html("<script>alert(1)</script> <b>x</b>"));
  }

  @Test
  void linksToOtherPagesBecomeTextAndImagesTheirDescription() {
    assertEquals("<p>See StatBank (https://www.statistikbanken.dk) and [a chart]</p>\n",
        Markdown.html("See [StatBank](https://www.statistikbanken.dk) and ![a chart](http://example.com/c.png)"));
  }

  @Test
  void linksWithinTheReportStay() {
    assertEquals("<p>Back to <a href=\"#cell-2\">the level</a></p>\n", Markdown.html("Back to [the level](#cell-2)"));
  }
}
