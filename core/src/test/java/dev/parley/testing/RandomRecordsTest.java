package dev.parley.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Coded;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.DatePrecision;
import dev.parley.core.model.Delegation;
import dev.parley.core.model.DialogueLevel;
import dev.parley.core.model.Extent;
import dev.parley.core.model.MeetingMode;
import dev.parley.core.model.OrganizationKind;
import dev.parley.core.model.Outcome;
import dev.parley.core.model.Participant;
import dev.parley.core.model.ProjectStatus;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import dev.parley.core.model.SourceKind;
import dev.parley.core.model.Statement;
import dev.parley.core.model.StatementAct;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomRecordsTest {
  @Test
  void sameSeedSameRecordsOtherSeedOtherRecords() {
    assertThat(RandomRecords.seeded(7).session()).isEqualTo(RandomRecords.seeded(7).session());
    assertThat(RandomRecords.seeded(7).session()).isNotEqualTo(RandomRecords.seeded(8).session());
  }

  @Test
  void athousandSessionsUseEveryVocabularyTermAndEdge() {
    Set<Coded> seen = new HashSet<>();
    Set<DatePrecision> precisions = EnumSet.noneOf(DatePrecision.class);
    boolean emptyAgenda = false;
    boolean largeAgenda = false;
    boolean nonLatin = false;
    boolean needsEscaping = false;
    boolean astral = false;
    boolean year9999 = false;
    Set<String> members = new HashSet<>();
    for (long seed = 1; seed <= 1_000; seed++) {
      Session s = RandomRecords.seeded(seed).session();
      seen.add(s.dialogue().level());
      seen.add(s.completeness().extent());
      s.level().ifPresent(seen::add);
      s.sources().forEach(src -> seen.add(src.kind()));
      note(members, "session.titles", !s.titles().isEmpty());
      note(members, "session.level", s.level().isPresent());
      note(members, "session.outcomes", !s.outcomes().isEmpty());
      note(members, "session.discrepancies", !s.discrepancies().isEmpty());
      note(members, "session.completeness", !s.completeness().isComplete());
      note(
          members,
          "source.copublishers",
          s.sources().stream().anyMatch(src -> !src.copublishers().isEmpty()));
      note(
          members, "source.language", s.sources().stream().anyMatch(x -> x.language().isPresent()));
      note(
          members,
          "source.beforeTheMeeting",
          s.sources().stream()
              .anyMatch(
                  x -> x.published().filter(p -> p.isBefore(s.start().earliest())).isPresent()));
      s.mode().ifPresent(seen::add);
      precisions.add(s.start().precision());
      year9999 |= s.start().year() == 9999;
      for (Segment seg : s.segments()) {
        seen.add(seg.kind());
        seen.add(seg.agendaCompleteness().extent());
        note(members, "segment.outcomes", !seg.outcomes().isEmpty());
        note(members, "segment.completeness", !seg.completeness().isComplete());
        note(members, "segment.agendaCompleteness", !seg.agendaCompleteness().isComplete());
        note(
            members,
            "segment.dayBefore",
            seg.date().filter(d -> d.isCertainlyBefore(s.start())).isPresent());
        emptyAgenda |= seg.agenda().isEmpty();
        largeAgenda |= seg.agenda().size() >= 20;
        for (Delegation d : seg.delegations()) {
          d.organizations().forEach(o -> seen.add(o.kind()));
          d.members().stream()
              .map(Participant::organization)
              .flatMap(java.util.Optional::stream)
              .forEach(o -> seen.add(o.kind()));
        }
        for (AgendaItem item : seg.agenda()) {
          item.statements().stream().map(Statement::act).forEach(seen::add);
          item.outcomes().stream().map(Outcome::commitment).forEach(seen::add);
          item.jointProjects().forEach(p -> seen.add(p.status()));
          note(members, "item.numberLabel", item.numberLabel().isPresent());
          note(members, "item.titles", !item.titles().isEmpty());
          nonLatin |= item.title().codePoints().anyMatch(c -> c >= 0x3000 && c < 0xA000);
          needsEscaping |= item.title().contains("\"") || item.title().contains("\\");
          astral |= item.title().codePoints().anyMatch(Character::isSupplementaryCodePoint);
        }
      }
    }
    Set<Coded> all = new HashSet<>();
    all.addAll(EnumSet.allOf(DialogueLevel.class));
    all.addAll(EnumSet.allOf(MeetingMode.class));
    all.addAll(EnumSet.allOf(SegmentKind.class));
    all.addAll(EnumSet.allOf(OrganizationKind.class));
    all.addAll(EnumSet.allOf(StatementAct.class));
    all.addAll(EnumSet.allOf(Commitment.class));
    all.addAll(EnumSet.allOf(ProjectStatus.class));
    all.addAll(EnumSet.allOf(Extent.class));
    all.addAll(EnumSet.allOf(SourceKind.class));
    assertThat(seen).containsAll(all);
    assertThat(members)
        .as("optional members the generator fills")
        .contains(
            "session.titles",
            "session.level",
            "session.outcomes",
            "session.discrepancies",
            "session.completeness",
            "source.copublishers",
            "source.language",
            "source.beforeTheMeeting",
            "segment.outcomes",
            "segment.completeness",
            "segment.agendaCompleteness",
            "segment.dayBefore",
            "item.numberLabel",
            "item.titles");
    assertThat(precisions).containsExactlyInAnyOrder(DatePrecision.values());
    assertThat(emptyAgenda).as("an empty agenda").isTrue();
    assertThat(largeAgenda).as("an agenda of 20 items or more").isTrue();
    assertThat(nonLatin).as("Japanese text").isTrue();
    assertThat(needsEscaping).as("quotes or backslashes").isTrue();
    assertThat(astral).as("characters outside the BMP").isTrue();
    assertThat(year9999).as("the last representable year").isTrue();
  }

  private static void note(Set<String> members, String member, boolean filled) {
    if (filled) {
      members.add(member);
    }
  }
}
