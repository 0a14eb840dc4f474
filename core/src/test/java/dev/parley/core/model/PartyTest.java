package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartyTest {
  @Test
  void equalByCodeAndName() {
    assertThat(Party.of("jp", "Japan")).isEqualTo(Party.of("jp", "Japan"));
    assertThat(Party.of("jp", "Japan")).isNotEqualTo(Party.of("jp", "Nippon"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"JP", "j p", "-jp", "jp-", "j--p", "", "jp_x"})
  void rejectsCodeOutsideThePattern(String code) {
    assertThatThrownBy(() -> Party.of(code, "Japan"))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("code"))
        .hasMessageContaining("code \"" + code + "\"")
        .hasMessageContaining("lowercase letters, digits and single hyphens");
  }

  @Test
  void rejectsBlankName() {
    assertThatThrownBy(() -> Party.of("jp", "  "))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Party 'jp': name is blank");
  }

  @Test
  void rejectsNameWithSurroundingWhiteSpace() {
    assertThatThrownBy(() -> Party.of("jp", "Japan "))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Party 'jp': name \"Japan \" has leading or trailing white space");
  }

  @Test
  void rejectsTextThatIsNotValidUnicode() {
    assertThatThrownBy(() -> Party.of("jp", "Jap\ud800an"))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage(
            "Party 'jp': name has an unpaired surrogate at index 3; text must be valid Unicode");
    assertThat(Party.of("jp", "Japan 🤝").name()).endsWith("🤝");
  }
}
