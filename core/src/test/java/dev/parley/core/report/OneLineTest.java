package dev.parley.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OneLineTest {
  @Test
  void aValueWithoutBreaksComesBackItself() {
    String title = "5G security and open networks";
    assertThat(OneLine.of(title)).isSameAs(title);
  }

  @Test
  void everyRunOfLineBreaksAndTabsBecomesOneSpace() {
    assertThat(OneLine.of("a\nb\r\n\tc\u2028d\u0085e\u000bf\fg\u2029")).isEqualTo("a b c d e f g ");
  }

  @Test
  void joinMakesEachValueOneLine() {
    assertThat(OneLine.join("; ", List.of("a\nb", "c"))).isEqualTo("a b; c");
  }
}
