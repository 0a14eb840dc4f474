package dev.parley.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTest {
  @ParameterizedTest(name = "{0} stays as it is")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "Japan-France ICT Policy Dialogue (2023-06-12)",
        "agreed-to-cooperate",
        "5G/Beyond 5G (6G)",
        "U.S.-Japan #11!",
        "R&D and AT&T",
        "snake_case_words",
        "a + b = c",
        "2022-02-03 Japan-EU ICT Policy Dialogue #27"
      })
  void plainTextIsLeftAlone(String text) {
    assertThat(Markdown.escape(text)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} becomes {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "*bold* text => \\*bold\\* text",
        "`code` => \\`code\\`",
        "[link](x) => \\[link\\](x)",
        "<b>html</b> => \\<b>html\\</b>",
        "a | b => a \\| b",
        "~~gone~~ => \\~\\~gone\\~\\~",
        "back\\slash => back\\\\slash",
        "_emphasis_ => \\_emphasis\\_",
        "&amp; kept => \\&amp; kept",
        "&#35; kept => \\&#35; kept",
        "# not a heading => \\# not a heading",
        "> not a quote => \\> not a quote",
        "- not a list => \\- not a list",
        "+ not a list => \\+ not a list",
        "1. not a list => 1\\. not a list",
        "12) not a list => 12\\) not a list",
        "= not a heading line => \\= not a heading line"
      })
  void markupIsEscapedWhereItWouldAct(String text, String escaped) {
    assertThat(Markdown.escape(text)).isEqualTo(escaped);
  }

  @Test
  void lineBreaksBecomeSpaces() {
    assertThat(Markdown.escape("one\ntwo\r\nthree\u2028four")).isEqualTo("one two  three four");
  }

  @Test
  void aLongRunOfAmpersandsIsLinear() {
    String text = "&".repeat(200_000);
    assertThat(Markdown.escape(text)).isEqualTo(text);
  }

  @Test
  void rowsEscapeEachCell() {
    StringBuilder out = new StringBuilder();
    Markdown.row(out, "a|b", "c");
    assertThat(out).hasToString("| a\\|b | c |\n");
  }
}
