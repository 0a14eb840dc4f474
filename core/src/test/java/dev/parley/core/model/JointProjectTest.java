package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JointProjectTest {
  private final JointProject spam =
      JointProject.builder()
          .name("Japan-India Combat Spam project")
          .field("Cybersecurity Cooperation")
          .status(ProjectStatus.ONGOING)
          .selectedAt(2)
          .build();

  @Test
  void keepsWhereItStands() {
    assertThat(spam.status()).isEqualTo(ProjectStatus.ONGOING);
    assertThat(spam.selectedAt()).hasValue(2);
  }

  @Test
  void rejectsSelectedAtBelowOne() {
    assertThatThrownBy(() -> spam.withSelectedAt(0))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Joint project 'Japan-India Combat Spam project': selectedAt 0 is less than 1");
  }

  @Test
  void rejectsBlankField() {
    assertThatThrownBy(() -> spam.withField(" "))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("field"));
  }
}
