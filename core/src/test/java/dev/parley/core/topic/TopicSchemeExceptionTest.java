package dev.parley.core.topic;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TopicSchemeExceptionTest {
  @Test
  void anInconsistentSchemeIsAnIllegalArgument() {
    assertThatThrownBy(
            () -> TopicScheme.parse(new StringReader("\n\nx\tX\t\tnowhere\n"), "mine.tsv"))
        .isInstanceOf(TopicSchemeException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Topic 'x': broader topic 'nowhere' is not in the scheme");
  }
}
