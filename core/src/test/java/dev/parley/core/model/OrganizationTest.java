package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrganizationTest {
  @Test
  void keepsAcronymAndKind() {
    assertThat(Samples.MIC.acronym()).contains("MIC");
    assertThat(Samples.MIC.kind()).isEqualTo(OrganizationKind.MINISTRY);
    assertThat(Samples.MIC.party()).isEqualTo(Samples.JAPAN);
  }

  @Test
  void acronymIsOptional() {
    assertThat(Samples.MIC.withAcronym("MIC").withAcronym(java.util.Optional.empty()).acronym())
        .isEmpty();
  }

  @Test
  void rejectsAcronymWithWhiteSpace() {
    assertThatThrownBy(() -> Samples.MIC.withAcronym("M IC"))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("acronym"))
        .hasMessageContaining("acronym \"M IC\" is empty or contains white space");
  }

  @Test
  void rejectsBlankName() {
    assertThatThrownBy(() -> Samples.MIC.withName(""))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageEndingWith("name is blank");
  }
}
