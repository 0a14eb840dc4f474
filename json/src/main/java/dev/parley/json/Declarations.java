package dev.parley.json;

import dev.parley.core.diff.AddedTopic;
import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.diff.ContinuedTopic;
import dev.parley.core.diff.Direction;
import dev.parley.core.diff.DroppedTopic;
import dev.parley.core.diff.MovedTopic;
import dev.parley.core.diff.ShiftedTopic;
import dev.parley.core.diff.Unclassified;
import dev.parley.core.diff.UnreportedTopic;
import dev.parley.core.history.Appearance;
import dev.parley.core.history.TimelineColumn;
import dev.parley.core.history.TopicTimeline;
import dev.parley.core.history.TopicTrack;
import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Claim;
import dev.parley.core.model.Coded;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Completeness;
import dev.parley.core.model.Delegation;
import dev.parley.core.model.Dialogue;
import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.DialogueLevel;
import dev.parley.core.model.Discrepancy;
import dev.parley.core.model.Extent;
import dev.parley.core.model.JointProject;
import dev.parley.core.model.MeetingMode;
import dev.parley.core.model.NextMeeting;
import dev.parley.core.model.Organization;
import dev.parley.core.model.OrganizationKind;
import dev.parley.core.model.Outcome;
import dev.parley.core.model.Participant;
import dev.parley.core.model.Party;
import dev.parley.core.model.Place;
import dev.parley.core.model.ProjectStatus;
import dev.parley.core.model.PublishedTitle;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import dev.parley.core.model.Source;
import dev.parley.core.model.SourceKind;
import dev.parley.core.model.Statement;
import dev.parley.core.model.StatementAct;
import dev.parley.core.topic.Label;
import dev.parley.core.topic.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every record of every Parley document, declared once: the member tables from which {@link
 * ParleyJson} reads and writes, {@link Schema} generates {@code parley.schema.json} at build time,
 * and the README's member tables are checked. To add an optional member to a record, add one line
 * to its table here (with {@code .since(2, n)} if it is new in format 2.n); nothing else in this
 * module changes.
 */
final class Declarations {
  private Declarations() {}

  // ---------------------------------------------------------------- sessions

  static final RecordFormat<Party, Party.Builder> PARTY =
      RecordFormat.of(
              "Party",
              "A side in a dialogue, declared once per session and named elsewhere by its code.",
              Party::builder,
              Party.Builder::build,
              Member.required("code", Value.SLUG, Party::code, Party.Builder::code),
              Member.required("name", Value.TEXT, Party::name, Party.Builder::name))
          .shared();

  static final RecordFormat<Dialogue, Dialogue.Builder> DIALOGUE =
      RecordFormat.of(
              "Dialogue",
              "The series a session belongs to; its parties are the session's first declared"
                  + " parties.",
              Dialogue::builder,
              Dialogue.Builder::build,
              Member.required("id", Value.SLUG, Dialogue::id, Dialogue.Builder::id),
              Member.required("name", Value.TEXT, Dialogue::name, Dialogue.Builder::name),
              Member.list("parties", PARTY, Dialogue::parties, Dialogue.Builder::addParty)
                  .atLeast(2)
                  .required(),
              Member.required(
                  "level",
                  Value.codes(DialogueLevel.class),
                  Dialogue::level,
                  Dialogue.Builder::level),
              Member.optional(
                  "framework", Value.TEXT, Dialogue::framework, Dialogue.Builder::framework))
          .shared();

  static final RecordFormat<Place, Place.Builder> PLACE =
      RecordFormat.of(
              "Place",
              "Where a meeting was held; at least one member.",
              Place::builder,
              Place.Builder::build,
              Member.optional("venue", Value.TEXT, Place::venue, Place.Builder::venue),
              Member.optional("district", Value.TEXT, Place::district, Place.Builder::district),
              Member.optional("city", Value.TEXT, Place::city, Place.Builder::city),
              Member.optional("country", Value.TEXT, Place::country, Place.Builder::country))
          .shared()
          .withSchema("minProperties", 1);

  static final RecordFormat<Organization, Organization.Builder> ORGANIZATION =
      RecordFormat.of(
              "Organization",
              "A ministry, regulator, company or other body, of one party.",
              Organization::builder,
              Organization.Builder::build,
              Member.required("name", Value.TEXT, Organization::name, Organization.Builder::name),
              Member.optional(
                  "acronym", Value.WORD, Organization::acronym, Organization.Builder::acronym),
              Member.required(
                  "party", Value.PARTY_CODE, Organization::party, Organization.Builder::party),
              Member.required(
                  "kind",
                  Value.codes(OrganizationKind.class),
                  Organization::kind,
                  Organization.Builder::kind))
          .shared();

  static final RecordFormat<Participant, Participant.Builder> PARTICIPANT =
      RecordFormat.of(
          "Participant",
          "A person in a delegation.",
          Participant::builder,
          Participant.Builder::build,
          Member.required("name", Value.TEXT, Participant::name, Participant.Builder::name),
          Member.optional("title", Value.TEXT, Participant::title, Participant.Builder::title),
          Member.optional(
              "organization",
              ORGANIZATION,
              Participant::organization,
              Participant.Builder::organization),
          Member.required(
              "party", Value.PARTY_CODE, Participant::party, Participant.Builder::party));

  static final RecordFormat<Delegation, Delegation.Builder> DELEGATION =
      RecordFormat.of(
          "Delegation",
          "Who came for one party; the head of delegation first.",
          Delegation::builder,
          Delegation.Builder::build,
          Member.required("party", Value.PARTY_CODE, Delegation::party, Delegation.Builder::party),
          Member.list("members", PARTICIPANT, Delegation::members, Delegation.Builder::addMember),
          Member.list(
              "organizations",
              ORGANIZATION,
              Delegation::organizations,
              Delegation.Builder::addOrganization),
          Member.flag("andOthers", Delegation::andOthers, Delegation.Builder::andOthers),
          Member.optional(
              "othersDescription",
              Value.TEXT,
              Delegation::othersDescription,
              Delegation.Builder::othersDescription),
          Member.optionalInt(
              "headCount", Value.POSITIVE, Delegation::headCount, Delegation.Builder::headCount));

  static final RecordFormat<Statement, Statement.Builder> STATEMENT =
      RecordFormat.of(
          "Statement",
          "What one or more parties said under an agenda item.",
          Statement::builder,
          Statement.Builder::build,
          Member.list("parties", Value.PARTY_CODE, Statement::parties, Statement.Builder::addParty)
              .required(),
          Member.required(
              "act", Value.codes(StatementAct.class), Statement::act, Statement.Builder::act),
          Member.required("text", Value.TEXT, Statement::text, Statement.Builder::text));

  static final RecordFormat<Outcome, Outcome.Builder> OUTCOME =
      RecordFormat.of(
          "Outcome",
          "What the parties bound themselves to, with the commitment level of the wording.",
          Outcome::builder,
          Outcome.Builder::build,
          Member.list("parties", Value.PARTY_CODE, Outcome::parties, Outcome.Builder::addParty)
              .required(),
          Member.required(
              "commitment",
              Value.codes(Commitment.class),
              Outcome::commitment,
              Outcome.Builder::commitment),
          Member.required("text", Value.TEXT, Outcome::text, Outcome.Builder::text));

  static final RecordFormat<Completeness, Completeness.Builder> COMPLETENESS =
      RecordFormat.of(
          "Completeness",
          "How completely the sources show a session, a segment or an agenda; left out when"
              + " complete.",
          Completeness::builder,
          Completeness.Builder::build,
          Member.required(
              "extent",
              Value.codes(Extent.class),
              Completeness::extent,
              Completeness.Builder::extent),
          Member.optional(
              "reason", Value.TEXT, Completeness::reason, Completeness.Builder::reason));

  static final RecordFormat<PublishedTitle, PublishedTitle.Builder> PUBLISHED_TITLE =
      RecordFormat.of(
          "PublishedTitle",
          "A title as one source published it: its language and the source's index, from 0.",
          PublishedTitle::builder,
          PublishedTitle.Builder::build,
          Member.required("text", Value.TEXT, PublishedTitle::text, PublishedTitle.Builder::text),
          Member.required(
              "language", Value.TEXT, PublishedTitle::language, PublishedTitle.Builder::language),
          Member.required(
              "source",
              Value.COUNT,
              PublishedTitle::source,
              (PublishedTitle.Builder b, Integer v) -> b.source(v)));

  static final RecordFormat<Claim, Claim.Builder> CLAIM =
      RecordFormat.of(
          "Claim",
          "What one source, by its index from 0, says of a fact the sources disagree on.",
          Claim::builder,
          Claim.Builder::build,
          Member.required("value", Value.TEXT, Claim::value, Claim.Builder::value),
          Member.required(
              "source", Value.COUNT, Claim::source, (Claim.Builder b, Integer v) -> b.source(v)));

  static final RecordFormat<Discrepancy, Discrepancy.Builder> DISCREPANCY =
      RecordFormat.of(
          "Discrepancy",
          "A fact the sources disagree on: each source's value and the claim the record follows.",
          Discrepancy::builder,
          Discrepancy.Builder::build,
          Member.required("fact", Value.TEXT, Discrepancy::fact, Discrepancy.Builder::fact),
          Member.list("claims", CLAIM, Discrepancy::claims, Discrepancy.Builder::addClaim)
              .required()
              .atLeast(2),
          Member.required(
              "followed",
              Value.COUNT,
              Discrepancy::followed,
              (Discrepancy.Builder b, Integer v) -> b.followed(v)),
          Member.optional("note", Value.TEXT, Discrepancy::note, Discrepancy.Builder::note));

  private static <T> Function<T, Optional<Completeness>> unlessComplete(
      Function<T, Completeness> get) {
    return r -> Optional.of(get.apply(r)).filter(c -> !c.isComplete());
  }

  static final RecordFormat<JointProject, JointProject.Builder> JOINT_PROJECT =
      RecordFormat.of(
          "JointProject",
          "A joint project reported under an agenda item.",
          JointProject::builder,
          JointProject.Builder::build,
          Member.required("name", Value.TEXT, JointProject::name, JointProject.Builder::name),
          Member.required("field", Value.TEXT, JointProject::field, JointProject.Builder::field),
          Member.required(
              "status",
              Value.codes(ProjectStatus.class),
              JointProject::status,
              JointProject.Builder::status),
          Member.optionalInt(
              "selectedAt",
              Value.POSITIVE,
              JointProject::selectedAt,
              JointProject.Builder::selectedAt));

  static final RecordFormat<AgendaItem, AgendaItem.Builder> AGENDA_ITEM =
      RecordFormat.of(
          "AgendaItem",
          "One item of a segment's agenda.",
          AgendaItem::builder,
          AgendaItem.Builder::build,
          Member.optionalInt(
              "number", Value.POSITIVE, AgendaItem::number, AgendaItem.Builder::number),
          Member.optional(
              "numberLabel", Value.TEXT, AgendaItem::numberLabel, AgendaItem.Builder::numberLabel),
          Member.required("title", Value.TEXT, AgendaItem::title, AgendaItem.Builder::title),
          Member.list("titles", PUBLISHED_TITLE, AgendaItem::titles, AgendaItem.Builder::addTitle),
          Member.list("topics", Value.SLUG, AgendaItem::topics, AgendaItem.Builder::addTopic)
              .distinct(),
          Member.list(
              "statements", STATEMENT, AgendaItem::statements, AgendaItem.Builder::addStatement),
          Member.list("outcomes", OUTCOME, AgendaItem::outcomes, AgendaItem.Builder::addOutcome),
          Member.list(
              "jointProjects",
              JOINT_PROJECT,
              AgendaItem::jointProjects,
              AgendaItem.Builder::addJointProject));

  static final RecordFormat<Segment, Segment.Builder> SEGMENT =
      RecordFormat.of(
          "Segment",
          "A part of a session: the government dialogue, a public-private meeting, ...",
          Segment::builder,
          Segment.Builder::build,
          Member.required("title", Value.TEXT, Segment::title, Segment.Builder::title),
          Member.required(
              "kind", Value.codes(SegmentKind.class), Segment::kind, Segment.Builder::kind),
          Member.optional("date", Value.PARTIAL_DATE, Segment::date, Segment.Builder::date),
          Member.optional("place", PLACE, Segment::place, Segment.Builder::place),
          Member.optional("summary", Value.TEXT, Segment::summary, Segment.Builder::summary),
          Member.optional(
              "completeness",
              COMPLETENESS,
              unlessComplete(Segment::completeness),
              Segment.Builder::completeness),
          Member.optional(
              "agendaCompleteness",
              COMPLETENESS,
              unlessComplete(Segment::agendaCompleteness),
              Segment.Builder::agendaCompleteness),
          Member.list(
              "delegations", DELEGATION, Segment::delegations, Segment.Builder::addDelegation),
          Member.list("agenda", AGENDA_ITEM, Segment::agenda, Segment.Builder::addItem),
          Member.list("outcomes", OUTCOME, Segment::outcomes, Segment.Builder::addOutcome));

  static final RecordFormat<NextMeeting, NextMeeting.Builder> NEXT_MEETING =
      RecordFormat.of(
              "NextMeeting",
              "When and where the parties plan to meet next; a date or a text, or both.",
              NextMeeting::builder,
              NextMeeting.Builder::build,
              Member.optional(
                  "date", Value.PARTIAL_DATE, NextMeeting::date, NextMeeting.Builder::date),
              Member.optional("text", Value.TEXT, NextMeeting::text, NextMeeting.Builder::text),
              Member.optional(
                  "earliest", Value.DATE, NextMeeting::earliest, NextMeeting.Builder::earliest),
              Member.optional(
                  "latest", Value.DATE, NextMeeting::latest, NextMeeting.Builder::latest),
              Member.optional("place", PLACE, NextMeeting::place, NextMeeting.Builder::place))
          .withSchema("anyOf", new String[] {"date", "text"});

  static final RecordFormat<Source, Source.Builder> SOURCE =
      RecordFormat.of(
          "Source",
          "A publication the record is taken from.",
          Source::builder,
          Source.Builder::build,
          Member.required("publisher", Value.TEXT, Source::publisher, Source.Builder::publisher),
          Member.list(
              "copublishers", Value.TEXT, Source::copublishers, Source.Builder::addCopublisher),
          Member.optional(
              "kind",
              Value.codes(SourceKind.class),
              s -> Optional.of(s.kind()).filter(k -> k != SourceKind.REPORT),
              Source.Builder::kind),
          Member.required("title", Value.TEXT, Source::title, Source.Builder::title),
          Member.optional("language", Value.TEXT, Source::language, Source.Builder::language),
          Member.optional("published", Value.DATE, Source::published, Source.Builder::published),
          Member.optional("url", Value.URI_VALUE, Source::url, Source.Builder::url),
          Member.optional("division", Value.TEXT, Source::division, Source.Builder::division));

  static final RecordFormat<Session, Session.Builder> SESSION =
      RecordFormat.of(
          "Session",
          "One meeting of a dialogue, self-contained: it declares its parties (the dialogue's,"
              + " then its other parties) and names them by code everywhere else.",
          Session::builder,
          Session.Builder::build,
          Member.required(
              "dialogue",
              DIALOGUE,
              Session::dialogue,
              (Reading r, Session.Builder b, Dialogue d) -> {
                r.declareDialogueParties(d.parties());
                b.dialogue(d);
              }),
          Member.listOf(
              "parties",
              PARTY,
              Declarations::otherParties,
              (Reading r, Session.Builder b, Party p) -> r.declareParty(p)),
          Member.optionalInt("ordinal", Value.POSITIVE, Session::ordinal, Session.Builder::ordinal),
          Member.required("title", Value.TEXT, Session::title, Session.Builder::title),
          Member.list("titles", PUBLISHED_TITLE, Session::titles, Session.Builder::addTitle),
          Member.optional(
              "level", Value.codes(DialogueLevel.class), Session::level, Session.Builder::level),
          Member.required("start", Value.PARTIAL_DATE, Session::start, Session.Builder::start),
          Member.optional("end", Value.PARTIAL_DATE, Session::end, Session.Builder::end),
          Member.optional("place", PLACE, Session::place, Session.Builder::place),
          Member.optional(
              "mode", Value.codes(MeetingMode.class), Session::mode, Session.Builder::mode),
          Member.optional(
              "completeness",
              COMPLETENESS,
              unlessComplete(Session::completeness),
              Session.Builder::completeness),
          Member.list("segments", SEGMENT, Session::segments, Session.Builder::addSegment)
              .required(),
          Member.list("outcomes", OUTCOME, Session::outcomes, Session.Builder::addOutcome),
          Member.optionalInt(
              "participantCount",
              Value.POSITIVE,
              Session::participantCount,
              Session.Builder::participantCount),
          Member.optional(
              "nextMeeting", NEXT_MEETING, Session::nextMeeting, Session.Builder::nextMeeting),
          Member.list("sources", SOURCE, Session::sources, Session.Builder::addSource).required(),
          Member.list(
              "discrepancies",
              DISCREPANCY,
              Session::discrepancies,
              Session.Builder::addDiscrepancy),
          Member.list("notes", Value.TEXT, Session::notes, Session.Builder::addNote));

  /** The parties of a session that are not the dialogue's, in order of first appearance. */
  static List<Party> otherParties(Session s) {
    List<Party> ofTheDialogue = s.dialogue().parties();
    if (ofTheDialogue.size() <= FEW_PARTIES && onlyPartiesOf(ofTheDialogue, s)) {
      return List.of();
    }
    List<Party> all = s.parties();
    int ofDialogue = s.dialogue().parties().size();
    return all.size() == ofDialogue ? List.of() : all.subList(ofDialogue, all.size());
  }

  /** Up to how many parties of a dialogue {@link #onlyPartiesOf} compares one by one. */
  private static final int FEW_PARTIES = 8;

  /**
   * Whether every delegation of the session is of a party of the dialogue, the usual case, told
   * without building the session's list of parties: at most {@value #FEW_PARTIES} comparisons per
   * delegation.
   */
  private static boolean onlyPartiesOf(List<Party> ofTheDialogue, Session s) {
    for (int i = 0; i < s.segments().size(); i++) {
      List<Delegation> delegations = s.segments().get(i).delegations();
      for (int d = 0; d < delegations.size(); d++) {
        if (!hasCode(ofTheDialogue, delegations.get(d).party().code())) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean hasCode(List<Party> parties, String code) {
    for (int i = 0; i < parties.size(); i++) {
      if (parties.get(i).code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  static final RecordFormat<DialogueHistory, DialogueHistory.Builder> HISTORY =
      RecordFormat.of(
          "DialogueHistory",
          "The sessions of one dialogue, each complete with its dialogue, in date order.",
          DialogueHistory::builder,
          DialogueHistory.Builder::build,
          Member.required(
              "dialogue", DIALOGUE, DialogueHistory::dialogue, DialogueHistory.Builder::dialogue),
          Member.list(
              "sessions", SESSION, DialogueHistory::sessions, DialogueHistory.Builder::addSession));

  // ---------------------------------------------------------------- topic schemes

  static final RecordFormat<Label, Label.Builder> LABEL =
      RecordFormat.of(
          "Label",
          "A label of a topic in a language other than English (SKOS prefLabel or altLabel with a"
              + " language tag).",
          () -> Label.builder().preferred(false),
          Label.Builder::build,
          Member.required("language", Value.TEXT, Label::language, Label.Builder::language),
          Member.required("text", Value.TEXT, Label::text, Label.Builder::text),
          Member.flag("preferred", Label::preferred, Label.Builder::preferred));

  static final RecordFormat<Topic, Topic.Builder> TOPIC =
      RecordFormat.of(
          "Topic",
          "A topic of a user's scheme: its id, labels and broader topics.",
          Topic::builder,
          Topic.Builder::build,
          Member.required("id", Value.SLUG, Topic::id, Topic.Builder::id),
          Member.required("prefLabel", Value.TEXT, Topic::prefLabel, Topic.Builder::prefLabel),
          Member.list("altLabels", Value.TEXT, Topic::altLabels, Topic.Builder::addAltLabel),
          Member.list("broader", Value.SLUG, Topic::broader, Topic.Builder::addBroader),
          Member.list("localLabels", LABEL, Topic::localLabels, Topic.Builder::addLocalLabel));

  @SuppressWarnings("unchecked")
  static List<Topic> topics(Object scheme) {
    return (List<Topic>) scheme;
  }

  /** A topic scheme: the user's topics, merged with the default scheme where it is used. */
  static final RecordFormat<List<Topic>, List<Topic>> SCHEME =
      RecordFormat.of(
          "TopicScheme",
          "A user's topics, merged with the default scheme: they override topics of the same id"
              + " and add the others.",
          ArrayList::new,
          List::copyOf,
          Member.<List<Topic>, List<Topic>, Topic>list("topics", TOPIC, t -> t, List::add)
              .required());

  // ---------------------------------------------------------------- diffs (output only)

  /** Which way a topic shifted. */
  enum Shift implements Coded {
    NARROWED("narrowed"),
    BROADENED("broadened");

    private final String code;

    Shift(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  private static <T, V> Member<T, Void> out(String name, Value<V> kind, Function<T, V> get) {
    return Member.required(name, kind, get, (Void b, V v) -> {});
  }

  private static <T, V> Member<T, Void> outOptional(
      String name, Value<V> kind, Function<T, Optional<V>> get) {
    return Member.optional(name, kind, get, (Void b, V v) -> {});
  }

  private static <T, V> Member<T, Void> outList(
      String name, Value<V> kind, Function<T, List<V>> get) {
    return Member.list(name, kind, get, (Void b, V v) -> {});
  }

  private static final Value<Commitment> COMMITMENT = Value.codes(Commitment.class);

  static final RecordFormat<AddedTopic, Void> ADDED =
      RecordFormat.output(
          "AddedTopic",
          "A topic on the newer agenda only.",
          out("topic", Value.SLUG, a -> a.topic().id()),
          out("label", Value.TEXT, a -> a.topic().prefLabel()),
          outList("titles", Value.TEXT, AddedTopic::titles),
          outOptional("commitment", COMMITMENT, AddedTopic::commitment),
          outList("raisedBy", Value.PARTY_CODE, AddedTopic::raisedBy));

  static final RecordFormat<DroppedTopic, Void> DROPPED =
      RecordFormat.output(
          "DroppedTopic",
          "A topic on the older agenda only.",
          out("topic", Value.SLUG, d -> d.topic().id()),
          out("label", Value.TEXT, d -> d.topic().prefLabel()),
          outList("titles", Value.TEXT, DroppedTopic::titles),
          outOptional("commitment", COMMITMENT, DroppedTopic::commitment),
          Member.flag("stillMentioned", DroppedTopic::stillMentioned, (Void b, Boolean v) -> {}));

  static final RecordFormat<UnreportedTopic, Void> NOT_REPORTED =
      RecordFormat.output(
          "UnreportedTopic",
          "A topic one meeting carries that the other's partial record does not show.",
          out("topic", Value.SLUG, u -> u.topic().id()),
          out("label", Value.TEXT, u -> u.topic().prefLabel()),
          outList("titles", Value.TEXT, UnreportedTopic::titles),
          outOptional("commitment", COMMITMENT, UnreportedTopic::commitment),
          out("missingFrom", Value.TEXT, u -> u.missingFromNewer() ? "newer" : "older"),
          Member.flag("mentioned", UnreportedTopic::mentioned, (Void b, Boolean v) -> {}));

  static final RecordFormat<ContinuedTopic, Void> CONTINUED =
      RecordFormat.output(
          "ContinuedTopic",
          "A topic on both agendas, with the commitment on it before and after.",
          out("topic", Value.SLUG, c -> c.topic().id()),
          out("label", Value.TEXT, c -> c.topic().prefLabel()),
          outList("titlesBefore", Value.TEXT, ContinuedTopic::titlesBefore),
          outList("titlesAfter", Value.TEXT, ContinuedTopic::titlesAfter),
          outOptional("before", COMMITMENT, ContinuedTopic::before),
          outOptional("after", COMMITMENT, ContinuedTopic::after),
          out("direction", Value.codes(Direction.class), ContinuedTopic::direction),
          outList("raisedBy", Value.PARTY_CODE, ContinuedTopic::raisedBy));

  static final RecordFormat<ShiftedTopic, Void> SHIFTED =
      RecordFormat.output(
          "ShiftedTopic",
          "A dropped topic and an added one broader or narrower than it.",
          out("topic", Value.SLUG, s -> s.from().topic().id()),
          out("to", Value.SLUG, s -> s.to().topic().id()),
          out(
              "shift",
              Value.codes(Shift.class),
              s -> s.narrowed() ? Shift.NARROWED : Shift.BROADENED));

  static final RecordFormat<MovedTopic, Void> MOVED =
      RecordFormat.output(
          "MovedTopic",
          "A topic on both agendas, in different kinds of segment.",
          out("topic", Value.SLUG, m -> m.topic().id()),
          outList("from", Value.codes(SegmentKind.class), MovedTopic::from).required(),
          outList("to", Value.codes(SegmentKind.class), MovedTopic::to).required());

  static final RecordFormat<Unclassified, Void> UNCLASSIFIED =
      RecordFormat.output(
          "Unclassified",
          "Agenda titles that name no known topic.",
          outList("added", Value.TEXT, Unclassified::added),
          outList("dropped", Value.TEXT, Unclassified::dropped),
          outList("kept", Value.TEXT, Unclassified::kept),
          outList("notReported", Value.TEXT, Unclassified::notReported));

  static final RecordFormat<AgendaDiff, Void> DIFF =
      RecordFormat.output(
          "AgendaDiff",
          "What changed between two agendas, topic by topic.",
          out("from", Value.TEXT, AgendaDiff::olderName),
          out("to", Value.TEXT, AgendaDiff::newerName),
          outList("added", ADDED, AgendaDiff::added),
          outList("dropped", DROPPED, AgendaDiff::dropped),
          outList("notReported", NOT_REPORTED, AgendaDiff::notReported),
          outList("continued", CONTINUED, AgendaDiff::continued),
          outList("shifted", SHIFTED, AgendaDiff::shifted),
          outList("moved", MOVED, AgendaDiff::moved),
          outOptional("unclassified", UNCLASSIFIED, Declarations::unclassified));

  private static Optional<Unclassified> unclassified(AgendaDiff d) {
    Unclassified u = d.unclassified();
    return u.added().isEmpty()
            && u.dropped().isEmpty()
            && u.kept().isEmpty()
            && u.notReported().isEmpty()
        ? Optional.empty()
        : Optional.of(u);
  }

  // ---------------------------------------------------------------- timelines (output only)

  static final RecordFormat<TimelineColumn, Void> COLUMN =
      RecordFormat.output(
          "TimelineSession",
          "A session of a timeline; appearances name it by its place in the list, from 1.",
          out("dialogue", Value.SLUG, c -> c.dialogue().id()),
          Member.optionalInt(
              "ordinal", Value.POSITIVE, TimelineColumn::ordinal, (Void b, int i) -> {}),
          out("title", Value.TEXT, TimelineColumn::title),
          out("start", Value.PARTIAL_DATE, TimelineColumn::start),
          Member.flag("partial", c -> !c.isAgendaComplete(), (Void b, Boolean v) -> {}));

  static final RecordFormat<Appearance, Void> APPEARANCE =
      RecordFormat.output(
          "Appearance",
          "A session at which a topic is on the agenda, with the strongest commitment on it.",
          Member.number("session", Value.POSITIVE, a -> a.index() + 1),
          outOptional("commitment", COMMITMENT, Appearance::commitment));

  static final RecordFormat<TopicTrack, Void> TRACK =
      RecordFormat.output(
          "TopicTrack",
          "One topic across the sessions, with its figures.",
          out("topic", Value.SLUG, t -> t.topic().id()),
          out("label", Value.TEXT, t -> t.topic().prefLabel()),
          outList("appearances", APPEARANCE, TopicTrack::appearances).required(),
          outList(
              "unknownIn", Value.POSITIVE, t -> t.unknownAt().stream().map(i -> i + 1).toList()),
          Member.number("count", Value.COUNT, TopicTrack::count),
          Member.number("longestRun", Value.COUNT, TopicTrack::longestRun),
          Member.number("revivals", Value.COUNT, TopicTrack::revivals),
          Member.flag("inEverySession", TopicTrack::isInEverySession, (Void b, Boolean v) -> {}));

  static final RecordFormat<TopicTimeline, Void> TIMELINE =
      RecordFormat.output(
          "TopicTimeline",
          "Every topic across sessions in date order.",
          outList("sessions", COLUMN, TopicTimeline::columns),
          outList("topics", TRACK, TopicTimeline::tracks));

  /** Every record format, in the order the schema and the README give them. */
  static final List<RecordFormat<?, ?>> ALL =
      List.of(
          PARTY,
          DIALOGUE,
          PLACE,
          ORGANIZATION,
          PARTICIPANT,
          DELEGATION,
          STATEMENT,
          OUTCOME,
          COMPLETENESS,
          PUBLISHED_TITLE,
          CLAIM,
          DISCREPANCY,
          JOINT_PROJECT,
          AGENDA_ITEM,
          SEGMENT,
          NEXT_MEETING,
          SOURCE,
          SESSION,
          HISTORY,
          LABEL,
          TOPIC,
          SCHEME,
          ADDED,
          DROPPED,
          NOT_REPORTED,
          CONTINUED,
          SHIFTED,
          MOVED,
          UNCLASSIFIED,
          DIFF,
          COLUMN,
          APPEARANCE,
          TRACK,
          TIMELINE);
}
