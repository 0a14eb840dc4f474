package dev.parley.core.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicTest {
  @Test
  void labelsStartWithThePreferredLabel() {
    Topic t = Topic.builder().id("beyond-5g").prefLabel("Beyond 5G").addAltLabel("B5G").build();
    assertThat(t.labels()).containsExactly("Beyond 5G", "B5G");
  }

  @Test
  void rejectsIdThatIsNotASlug() {
    assertThatThrownBy(() -> Topic.of("Beyond 5G", "Beyond 5G"))
        .isInstanceOf(TopicSchemeException.class)
        .hasMessageContaining("id \"Beyond 5G\" must be");
  }

  @Test
  void rejectsALabelWithNothingToMatch() {
    assertThatThrownBy(() -> Topic.builder().id("x").prefLabel("X").addAltLabel("/-/").build())
        .isInstanceOf(TopicSchemeException.class)
        .hasMessage("Topic 'x': label \"/-/\" has no letters or digits to match");
  }

  @Test
  void rejectsTwoLabelsThatNormalizeAlike() {
    assertThatThrownBy(() -> Topic.builder().id("5g").prefLabel("5G").addAltLabel("5g").build())
        .isInstanceOf(TopicSchemeException.class)
        .hasMessageContaining("repeats another label");
  }

  @Test
  void rejectsBroaderSelf() {
    assertThatThrownBy(() -> Topic.builder().id("ai").prefLabel("AI").addBroader("ai").build())
        .isInstanceOf(TopicSchemeException.class)
        .hasMessage("Topic 'ai': broader names the topic itself");
  }
}
