package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.parley.testing.RandomRecords;
import dev.parley.testing.SeedOnFailure;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One property per invariant: take a valid random session, break the invariant in one place, and
 * the build fails with an {@link InvalidRecordException} that names the field. Each invariant runs
 * over 100 seeds; a failure names the invariant and the seed.
 */
@ExtendWith(SeedOnFailure.class)
class InvariantPropertiesTest {
  /** Breaks one invariant in (a part of) a valid session; building the result must fail. */
  record Breach(String name, String field, BiFunction<RandomRecords, Session, Object> breaker) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final LocalDate SAFE_START = LocalDate.of(2020, 6, 15);

  static List<Breach> breaches() {
    List<Breach> b = new ArrayList<>();
    b.add(new Breach("ordinal below 1", "ordinal", (r, s) -> s.withOrdinal(-r.nextInt(3))));
    b.add(new Breach("blank title", "title", (r, s) -> s.withTitle(r.pick(" ", "\t", "\n "))));
    b.add(new Breach("padded title", "title", (r, s) -> s.withTitle(" " + s.title())));
    b.add(
        new Breach(
            "title of only invisible characters",
            "title",
            (r, s) -> {
              StringBuilder t = new StringBuilder();
              for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                t.append(r.pick("\u200b", "\u0000", "\u00a0", "\ufeff", "\u2060", "\u3000"));
              }
              return s.withTitle(t.toString());
            }));
    b.add(
        new Breach(
            "title padded with a no-break or zero-width space",
            "title",
            (r, s) -> s.withTitle(s.title() + r.pick("\u00a0", "\u200b", "\ufeff"))));
    b.add(
        new Breach(
            "control character in a title",
            "title",
            (r, s) -> {
              String t = s.title();
              int at = 1 + r.nextInt(Math.max(1, t.length() - 1));
              String control = r.pick("\u001b", "\r", "\u0000", "\u007f", "\u0085", "\u0007");
              return s.withTitle(t.substring(0, at) + control + t.substring(at));
            }));
    b.add(
        new Breach(
            "control character in a note",
            "notes[0]",
            (r, s) -> s.withNotes(List.of("see \u001b[2J below"))));
    b.add(
        new Breach(
            "unpaired surrogate in a statement",
            "text",
            (r, s) ->
                r.statement(s.dialogue().parties())
                    .withText("half " + r.pick("\ud800", "\udfff", "\ud83e") + " a pair")));
    b.add(
        new Breach(
            "unpaired surrogate in a source url",
            "url",
            (r, s) ->
                s.sources()
                    .get(0)
                    .withUrl(URI.create("https://example.org/" + r.pick("\ud800", "\udc00")))));
    b.add(
        new Breach(
            "end before start",
            "end",
            (r, s) ->
                Session.builder()
                    .from(s)
                    .start(PartialDate.from(SAFE_START))
                    .end(PartialDate.from(SAFE_START.minusDays(1 + r.nextInt(400))))
                    .build()));
    b.add(new Breach("no segment", "segments", (r, s) -> s.withSegments(List.of())));
    b.add(new Breach("no source", "sources", (r, s) -> s.withSources(List.of())));
    b.add(
        new Breach(
            "source before the meeting",
            "sources",
            (r, s) ->
                Session.builder()
                    .from(s)
                    .start(PartialDate.from(SAFE_START))
                    .end(java.util.Optional.empty())
                    .segments(List.of(s.segments().get(0).withDate(java.util.Optional.empty())))
                    .sources(
                        List.of(
                            s.sources()
                                .get(0)
                                .withPublished(SAFE_START.minusDays(1 + r.nextInt(9)))))
                    .build()));
    b.add(
        new Breach(
            "participant count below 1",
            "participantCount",
            (r, s) -> s.withParticipantCount(-r.nextInt(2))));
    b.add(
        new Breach(
            "padded note", "notes[0]", (r, s) -> s.withNotes(r.text(5) + r.pick(" ", "\n"))));
    b.add(
        new Breach(
            "party not at the table",
            "segments",
            (r, s) -> {
              Party stranger = Party.of(r.slug() + "-stranger", "Stranger");
              AgendaItem item = r.agendaItem(0, List.of(stranger));
              Segment seg = s.segments().get(0);
              List<AgendaItem> agenda = new ArrayList<>(seg.agenda());
              agenda.add(item.withOutcomes(r.outcome(List.of(stranger))).withStatements(List.of()));
              return s.withSegments(seg.withAgenda(agenda));
            }));
    b.add(
        new Breach(
            "one code, two names",
            "parties",
            (r, s) -> {
              Party first = s.dialogue().parties().get(0);
              Party renamed = Party.of(first.code(), first.name() + " renamed");
              Segment seg = s.segments().get(0);
              List<AgendaItem> agenda = new ArrayList<>(seg.agenda());
              agenda.add(
                  AgendaItem.builder()
                      .title(r.name())
                      .addOutcome(r.outcome(List.of(renamed)))
                      .build());
              return s.withSegments(seg.withAgenda(agenda));
            }));
    b.add(
        new Breach(
            "agenda number used twice",
            "agenda",
            (r, s) -> {
              int n = 1 + r.nextInt(5);
              return s.segments()
                  .get(0)
                  .withAgenda(
                      r.agendaItem(n, s.dialogue().parties()),
                      r.agendaItem(n, s.dialogue().parties()));
            }));
    b.add(
        new Breach(
            "agenda number below 1",
            "number",
            (r, s) -> r.agendaItem(1, s.dialogue().parties()).withNumber(-r.nextInt(3))));
    b.add(
        new Breach(
            "topic id not a slug",
            "topics[0]",
            (r, s) ->
                r.agendaItem(0, s.dialogue().parties())
                    .withTopics(r.pick("Beyond 5G", "IoT", "-x", "a--b", "5g/6g"))));
    b.add(
        new Breach(
            "dialogue of one party",
            "parties",
            (r, s) -> s.dialogue().withParties(s.dialogue().parties().get(0))));
    b.add(
        new Breach(
            "dialogue id not a slug",
            "id",
            (r, s) -> s.dialogue().withId(r.pick("Japan-EU", "japan eu", "japan_eu", ""))));
    b.add(
        new Breach(
            "member of another party",
            "members",
            (r, s) -> {
              Party own = s.dialogue().parties().get(0);
              Party other = s.dialogue().parties().get(1);
              return r.delegation(own).withMembers(r.participant(other));
            }));
    b.add(
        new Breach(
            "head count below named members",
            "headCount",
            (r, s) -> {
              Party own = s.dialogue().parties().get(0);
              return r.delegation(own)
                  .withMembers(r.participant(own), r.participant(own))
                  .withHeadCount(1);
            }));
    b.add(new Breach("empty place", "venue", (r, s) -> Place.builder().build()));
    b.add(
        new Breach(
            "next meeting latest before earliest",
            "latest",
            (r, s) ->
                NextMeeting.builder()
                    .text(r.text(4))
                    .earliest(SAFE_START)
                    .latest(SAFE_START.minusDays(1 + r.nextInt(30)))
                    .build()));
    b.add(
        new Breach(
            "next meeting with neither date nor text",
            "text",
            (r, s) -> NextMeeting.builder().place(r.place()).build()));
    b.add(
        new Breach(
            "joint project selected at 0",
            "selectedAt",
            (r, s) -> r.jointProject().withSelectedAt(0)));
    b.add(
        new Breach(
            "statement by nobody",
            "parties",
            (r, s) -> r.statement(s.dialogue().parties()).withParties(List.of())));
    b.add(
        new Breach(
            "blank outcome text",
            "text",
            (r, s) -> r.outcome(s.dialogue().parties()).withText(r.pick("", " ", "\u2003"))));
    b.add(
        new Breach(
            "relative source url",
            "url",
            (r, s) -> s.sources().get(0).withUrl(URI.create(r.slug() + "/release.html"))));
    b.add(
        new Breach(
            "acronym with white space",
            "acronym",
            (r, s) -> r.organization(s.dialogue().parties().get(0)).withAcronym("M I C")));
    b.add(
        new Breach(
            "participant of another party than the organization",
            "party",
            (r, s) -> {
              Party own = s.dialogue().parties().get(0);
              Party other = s.dialogue().parties().get(1);
              return r.participant(own).withOrganization(r.organization(own)).withParty(other);
            }));
    b.add(
        new Breach(
            "party code not a slug",
            "code",
            (r, s) -> Party.of(r.pick("JP", "j p", ""), r.name())));
    return b;
  }

  static Stream<Arguments> cases() {
    return breaches().stream()
        .flatMap(b -> LongStream.rangeClosed(1, 100).mapToObj(seed -> Arguments.of(b, seed)));
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("cases")
  void breakingAnInvariantFailsNamingTheField(Breach breach, long seed) {
    RandomRecords random = RandomRecords.seeded(seed);
    Session valid = random.session();
    Throwable thrown = catchThrowable(() -> breach.breaker().apply(random, valid));
    assertThat(thrown)
        .as("breaking '%s' in seed %d", breach.name(), seed)
        .isInstanceOf(InvalidRecordException.class);
    InvalidRecordException e = (InvalidRecordException) thrown;
    assertThat(e.field()).isEqualTo(breach.field());
    assertThat(e.getMessage())
        .startsWith(e.subject() + ": ")
        .contains(breach.field().replaceAll("\\[.*", ""));
  }
}
