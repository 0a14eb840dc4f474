package dev.parley.core.model;

import java.time.LocalDate;

/** Small valid records from the 4th Japan-Germany ICT Policy Dialogue, to vary in tests. */
final class Samples {
  static final Party JAPAN = Party.of("jp", "Japan");
  static final Party GERMANY = Party.of("de", "Germany");
  static final Party ITALY = Party.of("it", "Italy");

  static final Organization MIC =
      Organization.builder()
          .name("Ministry of Internal Affairs and Communications")
          .acronym("MIC")
          .party(JAPAN)
          .kind(OrganizationKind.MINISTRY)
          .build();

  static final Dialogue DIALOGUE =
      Dialogue.builder()
          .id("japan-germany-ict-policy-dialogue")
          .name("Japan-Germany ICT Policy Dialogue")
          .addParty(JAPAN)
          .addParty(GERMANY)
          .level(DialogueLevel.VICE_MINISTERIAL)
          .build();

  static final AgendaItem FIVE_G =
      AgendaItem.builder()
          .number(4)
          .title("5G")
          .addStatement(
              Statement.builder()
                  .addParty(JAPAN)
                  .act(StatementAct.EXPLAINED)
                  .text("Japan explained the launch status of 5G commercial services.")
                  .build())
          .addOutcome(
              Outcome.builder()
                  .addParty(JAPAN)
                  .addParty(GERMANY)
                  .commitment(Commitment.CONTINUE_DIALOGUE)
                  .text("Both parties will continue exchanging opinions between Japan and Germany.")
                  .build())
          .build();

  static final Segment SEGMENT =
      Segment.builder()
          .title("Fourth Japan-Germany ICT Policy Dialogue")
          .kind(SegmentKind.GOVERNMENT_DIALOGUE)
          .addDelegation(
              Delegation.builder()
                  .party(JAPAN)
                  .addMember(
                      Participant.builder()
                          .name("Makiko Yamada")
                          .title("Vice-Minister for Policy Coordination")
                          .organization(MIC)
                          .party(JAPAN)
                          .build())
                  .andOthers(true)
                  .othersDescription("other officials")
                  .build())
          .addItem(FIVE_G)
          .build();

  static final Source SOURCE =
      Source.builder()
          .publisher("Ministry of Internal Affairs and Communications")
          .title("Results of Fourth Japan-Germany ICT Policy Dialogue")
          .published(LocalDate.of(2020, 2, 12))
          .build();

  static final Session SESSION =
      Session.builder()
          .dialogue(DIALOGUE)
          .ordinal(4)
          .title("Fourth Japan-Germany ICT Policy Dialogue")
          .start(PartialDate.of(2020, 2, 7))
          .place(Place.builder().city("Tokyo").country("Japan").build())
          .mode(MeetingMode.IN_PERSON)
          .addSegment(SEGMENT)
          .addSource(SOURCE)
          .build();

  private Samples() {}
}
