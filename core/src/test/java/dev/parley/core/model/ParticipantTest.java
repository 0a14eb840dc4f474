package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParticipantTest {
  private final Participant yamada =
      Participant.builder()
          .name("Makiko Yamada")
          .title("Vice-Minister for Policy Coordination")
          .organization(Samples.MIC)
          .party(Samples.JAPAN)
          .build();

  @Test
  void titleAndOrganizationAreOptional() {
    Participant bare = Participant.builder().name("Jiro Akama").party(Samples.JAPAN).build();
    assertThat(bare.title()).isEmpty();
    assertThat(bare.organization()).isEmpty();
  }

  @Test
  void rejectsPartyOtherThanTheOrganizations() {
    assertThatThrownBy(() -> yamada.withParty(Samples.GERMANY))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("party"))
        .hasMessage(
            "Participant 'Makiko Yamada': party de differs from party jp of organization"
                + " 'Ministry of Internal Affairs and Communications'");
  }

  @Test
  void rejectsTitleWithSurroundingWhiteSpace() {
    assertThatThrownBy(() -> yamada.withTitle(" Vice-Minister"))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("title \" Vice-Minister\" has leading or trailing white space");
  }
}
