package dev.parley.examples.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.diff.Direction;
import dev.parley.core.model.Completeness;
import dev.parley.core.model.Segment;
import dev.parley.core.model.Session;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figure the issue asks for, on the real Japan-EU meetings known in part (25th and 28th) with
 * the complete 27th between them: how many findings of the consecutive diffs say "dropped" or
 * "lowered" about what a partial release merely did not show. Goal: none.
 */
class PartialRecordsTest {
  private static final List<Session> SERIES =
      List.of(
          JapanEuDecember2019.twentyFifthDialogue(),
          JapanEuPolicyDialogue.twentySeventh(),
          JapanEuTwentyEighth.session());

  /** The session with every completeness mark removed, as the model had to record it before. */
  private static Session asIfComplete(Session s) {
    List<Segment> segments = new ArrayList<>();
    for (Segment seg : s.segments()) {
      segments.add(
          seg.withCompleteness(Completeness.complete())
              .withAgendaCompleteness(Completeness.complete()));
    }
    return s.withCompleteness(Completeness.complete()).withSegments(segments);
  }

  /**
   * The findings of each consecutive diff, and how many of them say a topic was dropped (or added)
   * or its level lowered (or raised) where the meeting it rests on is known only in part.
   */
  private static int[] findings(List<Session> series, StringBuilder out) {
    // Whether a meeting is known only in part is a fact of its sources, whatever the diffed copy
    // says.
    int[] total = new int[6];
    for (int i = 1; i < series.size(); i++) {
      Session older = series.get(i - 1);
      Session newer = series.get(i);
      AgendaDiff d = AgendaDiff.between(older, newer);
      int lowered = count(d, Direction.LOWERED);
      int raised = count(d, Direction.RAISED);
      int unfounded =
          (SERIES.get(i).isAgendaComplete() ? 0 : d.dropped().size() + lowered)
              + (SERIES.get(i - 1).isAgendaComplete() ? 0 : d.added().size() + raised);
      out.append(
          String.format(
              "  %s -> %s: %d dropped, %d added, %d lowered, %d raised, %d not reported,"
                  + " %d unknown; resting on what a partial release did not show: %d%n",
              older.ordinal().getAsInt(),
              newer.ordinal().getAsInt(),
              d.dropped().size(),
              d.added().size(),
              lowered,
              raised,
              d.notReported().size(),
              count(d, Direction.UNKNOWN),
              unfounded));
      total[0] += unfounded;
      total[1] += d.notReported().size();
    }
    return total;
  }

  private static int count(AgendaDiff d, Direction direction) {
    return (int) d.continued().stream().filter(c -> c.direction() == direction).count();
  }

  @Test
  void noFindingRestsOnWhatAPartialReleaseDidNotShow() {
    StringBuilder then = new StringBuilder();
    StringBuilder now = new StringBuilder();
    int[] before = findings(SERIES.stream().map(PartialRecordsTest::asIfComplete).toList(), then);
    int[] after = findings(SERIES, now);
    System.out.print(
        "Japan-EU ICT Policy Dialogue 25th, 27th, 28th, read as if complete:\n" + then);
    System.out.print("the same with their completeness (goal: 0 resting on a gap):\n" + now);
    assertThat(after[0]).as("findings resting on a gap").isZero();
    assertThat(before[0]).as("findings resting on a gap, read as if complete").isEqualTo(5);
    assertThat(after[1]).as("topics not reported").isEqualTo(4);
  }
}
