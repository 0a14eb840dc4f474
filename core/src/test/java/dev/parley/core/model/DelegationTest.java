package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DelegationTest {
  private final Delegation japan = Samples.SEGMENT.delegations().get(0);

  @Test
  void headIsTheFirstMember() {
    assertThat(japan.head()).map(Participant::name).contains("Makiko Yamada");
    assertThat(Delegation.builder().party(Samples.JAPAN).build().head()).isEmpty();
  }

  @Test
  void andOthersDefaultsToFalse() {
    assertThat(Delegation.builder().party(Samples.JAPAN).build().andOthers()).isFalse();
  }

  @Test
  void rejectsMemberOfAnotherParty() {
    Participant hirte =
        Participant.builder().name("Christian Hirte").party(Samples.GERMANY).build();
    assertThatThrownBy(() -> japan.withMembers(hirte))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("members"))
        .hasMessage(
            "Delegation of jp: members[0] 'Christian Hirte' speaks for party de, not for the"
                + " delegation's party");
  }

  @Test
  void rejectsOrganizationOfAnotherParty() {
    Organization bmwi =
        Organization.builder()
            .name("Federal Ministry for Economic Affairs and Energy")
            .party(Samples.GERMANY)
            .kind(OrganizationKind.MINISTRY)
            .build();
    assertThatThrownBy(() -> japan.withOrganizations(bmwi))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("organizations"));
  }

  @Test
  void rejectsHeadCountBelowTheNamedMembers() {
    assertThatThrownBy(() -> japan.withHeadCount(0))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Delegation of jp: headCount 0 is less than 1");
    Participant other = Participant.builder().name("Seiji Takagi").party(Samples.JAPAN).build();
    assertThatThrownBy(
            () -> japan.withMembers(List.of(japan.members().get(0), other)).withHeadCount(1))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Delegation of jp: headCount 1 is less than the 2 named members");
  }

  @Test
  void rejectsOthersDescriptionWithoutAndOthers() {
    assertThatThrownBy(() -> japan.withAndOthers(false))
        .isInstanceOfSatisfying(
            InvalidRecordException.class,
            e -> assertThat(e.field()).isEqualTo("othersDescription"));
  }
}
