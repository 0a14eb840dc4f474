package dev.parley.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void textAndAttributeValuesAreEscaped() {
    Html h = new Html();
    h.open("p", "title", "a \"b\" <c> & 'd'").text("<b>x</b> & y").close("p");
    assertThat(h)
        .hasToString(
            "<p title=\"a &quot;b&quot; &lt;c&gt; &amp; &#39;d&#39;\">&lt;b&gt;x&lt;/b&gt; &amp;"
                + " y</p>");
  }

  @Test
  void controlCharactersAreShownNotPassedOn() {
    assertThat(Html.escape("bell\u0007 del\u007f c1\u0085 tab\t line\n"))
        .isEqualTo("bell\\u0007 del\\u007f c1\\u0085 tab\t line\n");
  }

  @Test
  void anAttributeWithoutAValueIsLeftOut() {
    Html h = new Html();
    h.open("a", "href", null, "title", "t").text("x").close("a");
    assertThat(h).hasToString("<a title=\"t\">x</a>");
  }

  @Test
  void linksEscapeTheirAddress() {
    Html h = new Html();
    h.link("page.html?a=1&b=\"2\"", "go", "class", "c");
    assertThat(h).hasToString("<a href=\"page.html?a=1&amp;b=&quot;2&quot;\" class=\"c\">go</a>");
  }
}
