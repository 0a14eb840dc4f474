package dev.parley.testing;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Dialogue;
import dev.parley.core.model.DialogueLevel;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Party;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import dev.parley.core.model.Source;

/** Small hand-made sessions of one Japan-U.S. dialogue, for tests that need a few meetings. */
public final class SampleSessions {
  /** The dialogue every sample session belongs to. */
  public static final Dialogue DIALOGUE =
      Dialogue.builder()
          .id("japan-us")
          .name("Japan-U.S. Internet Economy")
          .addParty(Party.of("jp", "Japan"))
          .addParty(Party.of("us", "United States"))
          .level(DialogueLevel.DIRECTOR_GENERAL)
          .build();

  private SampleSessions() {}

  /**
   * A meeting with one government-dialogue segment whose agenda has the given titles.
   *
   * @param ordinal the meeting's ordinal
   * @param start its start date, as {@code YYYY[-MM[-DD]]}
   * @param titles its agenda titles, unnumbered
   * @return the session
   */
  public static Session meeting(int ordinal, String start, String... titles) {
    Segment.Builder segment =
        Segment.builder().title("Meeting").kind(SegmentKind.GOVERNMENT_DIALOGUE);
    for (String t : titles) {
      segment.addItem(AgendaItem.builder().title(t).build());
    }
    return Session.builder()
        .dialogue(DIALOGUE)
        .ordinal(ordinal)
        .title(ordinal + "th meeting")
        .start(PartialDate.parse(start))
        .addSegment(segment.build())
        .addSource(Source.builder().publisher("MIC").title("Release " + ordinal).build())
        .build();
  }
}
