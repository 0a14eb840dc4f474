package dev.parley.examples;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Dialogue;
import dev.parley.core.model.DialogueLevel;
import dev.parley.core.model.InvalidRecordException;
import dev.parley.core.model.MeetingMode;
import dev.parley.core.model.Outcome;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Party;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import dev.parley.core.model.Source;
import java.time.LocalDate;

/** The README's quick start: one meeting built in code. Keep the two in step. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Builds the 27th Japan-EU ICT Policy Dialogue with one agenda item.
   *
   * @return the session
   */
  public static Session build() {
    // quick-start:begin
    Party japan = Party.of("jp", "Japan");
    Party eu = Party.of("eu", "European Union");

    Dialogue dialogue =
        Dialogue.builder()
            .id("japan-eu-ict-policy-dialogue")
            .name("Japan-EU ICT Policy Dialogue")
            .addParty(japan)
            .addParty(eu)
            .level(DialogueLevel.DIRECTOR_GENERAL)
            .build();

    Session session =
        Session.builder()
            .dialogue(dialogue)
            .ordinal(27)
            .title("27th Japan-EU ICT Policy Dialogue")
            .start(PartialDate.of(2022, 2, 3))
            .mode(MeetingMode.ONLINE)
            .addSegment(
                Segment.builder()
                    .title("27th Japan-EU ICT Policy Dialogue")
                    .kind(SegmentKind.GOVERNMENT_DIALOGUE)
                    .addItem(
                        AgendaItem.builder()
                            .number(1)
                            .title("5G/Beyond 5G (6G)")
                            .addOutcome(
                                Outcome.builder()
                                    .addParty(japan)
                                    .addParty(eu)
                                    .commitment(Commitment.AGREED_TO_COOPERATE)
                                    .text(
                                        "Japan and the EU also decided to promote cooperation"
                                            + " in terms of information exchange and joint"
                                            + " research, especially in promoting B5G/6G.")
                                    .build())
                            .build())
                    .build())
            .addSource(
                Source.builder()
                    .publisher("Ministry of Internal Affairs and Communications")
                    .title("Result of 27th Japan-EU ICT Policy Dialogue")
                    .published(LocalDate.of(2022, 2, 7))
                    .build())
            .build();

    // Copies are cheap and leave the original alone.
    Session webConference = session.withTitle("27th Japan-EU ICT Policy Dialogue (web)");

    // Invalid data is refused with a message that names the field, the value and the rule.
    try {
      session.withEnd(PartialDate.of(2022, 2, 1));
    } catch (InvalidRecordException e) {
      // "Session 27: end date 2022-02-01 is before start date 2022-02-03"
      System.err.println(e.getMessage());
    }
    // quick-start:end
    return webConference.withTitle(session.title());
  }

  /**
   * Prints the quick start's session.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Session session = build();
    System.out.println(session.label() + ": " + session.title() + ", " + session.start());
  }
}
