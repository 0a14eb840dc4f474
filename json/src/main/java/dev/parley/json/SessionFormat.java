package dev.parley.json;

import dev.parley.core.model.Completeness;
import dev.parley.core.model.DialogueLevel;
import dev.parley.core.model.MeetingMode;
import dev.parley.core.model.Session;

/** {@link Session} as JSON: self-contained, with its dialogue. */
final class SessionFormat {
  static final RecordFormat<Session, Session.Builder> FORMAT =
      new RecordFormat<>(
          "Session",
          Session::builder,
          Session.Builder::build,
          Field.object(
              "dialogue", DialogueFormat.FORMAT, Session::dialogue, Session.Builder::dialogue),
          Field.optionalInt("ordinal", Session::ordinal, Session.Builder::ordinal),
          Field.text("title", Session::title, Session.Builder::title),
          Field.list(
              "titles", PublishedTitleFormat.FORMAT, Session::titles, Session.Builder::addTitle),
          Field.optionalCoded("level", DialogueLevel.class, Session::level, Session.Builder::level),
          Field.partialDate("start", Session::start, Session.Builder::start),
          Field.optionalPartialDate("end", Session::end, Session.Builder::end),
          Field.optionalObject("place", PlaceFormat.FORMAT, Session::place, Session.Builder::place),
          Field.optionalCoded("mode", MeetingMode.class, Session::mode, Session.Builder::mode),
          Field.objectOr(
              "completeness",
              CompletenessFormat.FORMAT,
              Completeness.complete(),
              Session::completeness,
              Session.Builder::completeness),
          Field.list(
              "segments", SegmentFormat.FORMAT, Session::segments, Session.Builder::addSegment),
          Field.list(
              "outcomes", OutcomeFormat.FORMAT, Session::outcomes, Session.Builder::addOutcome),
          Field.optionalInt(
              "participantCount", Session::participantCount, Session.Builder::participantCount),
          Field.optionalObject(
              "nextMeeting",
              NextMeetingFormat.FORMAT,
              Session::nextMeeting,
              Session.Builder::nextMeeting),
          Field.list("sources", SourceFormat.FORMAT, Session::sources, Session.Builder::addSource),
          Field.list(
              "discrepancies",
              DiscrepancyFormat.FORMAT,
              Session::discrepancies,
              Session.Builder::addDiscrepancy),
          Field.textList("notes", Session::notes, Session.Builder::addNote));

  private SessionFormat() {}
}
