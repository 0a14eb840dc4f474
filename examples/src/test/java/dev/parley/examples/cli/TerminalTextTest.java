package dev.parley.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void escapesControlCharactersEscapeAndLineBreaks() {
    assertThat(TerminalText.escape("a\u001b[2Jb\nc\td\re\u0000f\u007fg\u0085h"))
        .isEqualTo("a\\u001b[2Jb\\nc\\td\\re\\u0000f\\u007fg\\u0085h");
  }

  @Test
  void escapesLineSeparatorsBidiControlsAndLoneSurrogatesButKeepsOtherText() {
    assertThat(TerminalText.escape("x\u2028y\u202ez\u2066w\ud800v"))
        .isEqualTo("x\\u2028y\\u202ez\\u2066w\\ud800v");
    String text = "日EU・ICT政策対話 🤝 naïve back\\slash";
    assertThat(TerminalText.escape(text)).isEqualTo(text);
  }

  @Test
  void cutsAfterTheLimitMarksTheCutAndNeverSplitsAPair() {
    assertThat(TerminalText.cut("abcdef", 3)).isEqualTo("abc…[cut: 3 more characters]");
    assertThat(TerminalText.cut("ab🤝", 3)).isEqualTo("ab…[cut: 2 more characters]");
    assertThat(TerminalText.cut("abc", 3)).isEqualTo("abc");
    assertThat(TerminalText.errorLine("y".repeat(1 << 20)))
        .hasSize(TerminalText.ERROR_LIMIT + "…[cut: 1048176 more characters]".length());
  }

  @Test
  void theWriterKeepsTheReportsLayoutAndEscapesTheRest() throws IOException {
    StringWriter out = new StringWriter();
    try (Writer w = TerminalText.writer(out)) {
      w.write("Title\n\tbefore: a\u001b]0;x\u0007b\r\n");
      w.write('\u001b');
      w.write("over\rwritten\r\n");
    }
    assertThat(out.toString())
        .isEqualTo("Title\n\tbefore: a\\u001b]0;x\\u0007b\r\n\\u001bover\\rwritten\r\n");
  }

  @Test
  void theWriterRemembersWhyTheStreamFailed() {
    TerminalText.Sink sink =
        TerminalText.writer(
            new Writer() {
              @Override
              public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("Broken pipe");
              }

              @Override
              public void flush() {}

              @Override
              public void close() {}
            });
    try {
      sink.write("x");
    } catch (IOException expected) {
      // the failure is also remembered
    }
    assertThat(sink.failure()).hasMessage("Broken pipe");
  }
}
