package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTest {
  private final Session session = Samples.SESSION;

  @Test
  void labelUsesTheOrdinalOrElseTheTitle() {
    assertThat(session.label()).isEqualTo("Session 4");
    assertThat(session.withOrdinal(java.util.OptionalInt.empty()).label())
        .isEqualTo("Session 'Fourth Japan-Germany ICT Policy Dialogue'");
  }

  @Test
  void rejectsEndBeforeStart() {
    assertThatThrownBy(
            () ->
                Session.builder()
                    .from(session)
                    .ordinal(27)
                    .start(PartialDate.of(2022, 2, 3))
                    .end(PartialDate.of(2022, 2, 1))
                    .sources(List.of(Samples.SOURCE.withPublished(LocalDate.of(2022, 2, 7))))
                    .build())
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("end"))
        .hasMessage("Session 27: end date 2022-02-01 is before start date 2022-02-03");
  }

  @Test
  void acceptsAnEndKnownOnlyToTheMonthOfTheStart() {
    Session s = session.withEnd(PartialDate.of(2020, 2));
    assertThat(s.lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
  }

  @Test
  void rejectsOrdinalBelowOne() {
    assertThatThrownBy(() -> session.withOrdinal(0))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Session 0: ordinal 0 is less than 1");
  }

  @Test
  void rejectsASessionWithoutSegments() {
    assertThatThrownBy(() -> session.withSegments(List.of()))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Session 4: segments is empty; at least one is required");
  }

  @Test
  void rejectsASessionWithoutSources() {
    assertThatThrownBy(() -> session.withSources(List.of()))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("sources"));
  }

  @Test
  void rejectsASourcePublishedBeforeTheMeeting() {
    assertThatThrownBy(
            () -> session.withSources(Samples.SOURCE.withPublished(LocalDate.of(2020, 2, 6))))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage(
            "Session 4: sources[0] 'Results of Fourth Japan-Germany ICT Policy Dialogue' is published"
                + " on 2020-02-06, before the session starts on 2020-02-07");
  }

  @Test
  void rejectsAPartyThatIsNotAtTheTable() {
    Statement byItaly =
        Statement.builder()
            .addParty(Samples.ITALY)
            .act(StatementAct.EXPLAINED)
            .text("Italy explained.")
            .build();
    Segment segment = Samples.SEGMENT.withAgenda(Samples.FIVE_G.withStatements(byItaly));
    assertThatThrownBy(() -> session.withSegments(segment))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("segments"))
        .hasMessage(
            "Session 4: segments[0] 'Fourth Japan-Germany ICT Policy Dialogue', agenda item 4: party"
                + " it is neither a party of the dialogue nor of a delegation present");
  }

  @Test
  void acceptsAPartyWhoseDelegationIsPresent() {
    Statement byItaly =
        Statement.builder()
            .addParty(Samples.ITALY)
            .act(StatementAct.EXPLAINED)
            .text("Italy explained.")
            .build();
    Segment segment =
        Samples.SEGMENT
            .withAgenda(Samples.FIVE_G.withStatements(byItaly))
            .withDelegations(Delegation.builder().party(Samples.ITALY).build());
    assertThat(session.withSegments(segment).parties())
        .containsExactly(Samples.JAPAN, Samples.GERMANY, Samples.ITALY);
  }

  @Test
  void rejectsOnePartyCodeWithTwoNames() {
    Statement byNippon =
        Statement.builder()
            .addParty(Party.of("jp", "Nippon"))
            .act(StatementAct.EXPLAINED)
            .text("Japan explained.")
            .build();
    Segment segment = Samples.SEGMENT.withAgenda(Samples.FIVE_G.withStatements(byNippon));
    assertThatThrownBy(() -> session.withSegments(segment))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Session 4: parties name jp both 'Japan' and 'Nippon'");
  }

  @Test
  void rejectsASegmentDatedOutsideTheSession() {
    Segment later = Samples.SEGMENT.withDate(PartialDate.of(2020, 2, 8));
    assertThatThrownBy(() -> session.withSegments(later))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("date 2020-02-08 is outside the session's dates 2020-02-07");
  }

  @Test
  void agendaItemsRunAcrossSegmentsInOrder() {
    AgendaItem iot = AgendaItem.builder().title("IoT security").build();
    Segment second =
        Segment.builder()
            .title("Public-Private Meeting")
            .kind(SegmentKind.PUBLIC_PRIVATE_MEETING)
            .addItem(iot)
            .build();
    assertThat(session.withSegments(Samples.SEGMENT, second).agendaItems())
        .containsExactly(Samples.FIVE_G, iot);
  }

  @Test
  void aTitleOfOnlyZeroWidthSpaceNulNoBreakSpaceOrBomIsBlank() {
    for (String title : List.of("\u200b", "\u0000", "\u00a0", "\ufeff", "\u200b\u00a0\ufeff")) {
      assertThatThrownBy(() -> session.withTitle(title))
          .as("title %s", title.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList())
          .isInstanceOfSatisfying(
              InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("title"))
          .hasMessage("Session 4: title is blank");
    }
  }

  @Test
  void aTitleMayHoldTabsLineFeedsAndInnerFormatCharacters() {
    String title = "Japan\u2013Germany\tdialogue\nday\u200btwo";
    assertThat(session.withTitle(title).title()).isEqualTo(title);
  }

  @Test
  void aLongTitleIsCutInTheMessageThatQuotesIt() {
    String padded = " " + "x".repeat(1_000_000);
    assertThatThrownBy(() -> session.withTitle(padded))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageEndingWith("…(999881 more characters)\" has leading or trailing white space")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }
}
