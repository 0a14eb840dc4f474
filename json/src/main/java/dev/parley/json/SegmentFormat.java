package dev.parley.json;

import dev.parley.core.model.Completeness;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;

/** {@link Segment} as JSON. */
final class SegmentFormat {
  static final RecordFormat<Segment, Segment.Builder> FORMAT =
      new RecordFormat<>(
          "Segment",
          Segment::builder,
          Segment.Builder::build,
          Field.text("title", Segment::title, Segment.Builder::title),
          Field.coded("kind", SegmentKind.class, Segment::kind, Segment.Builder::kind),
          Field.optionalPartialDate("date", Segment::date, Segment.Builder::date),
          Field.optionalObject("place", PlaceFormat.FORMAT, Segment::place, Segment.Builder::place),
          Field.optionalText("summary", Segment::summary, Segment.Builder::summary),
          Field.objectOr(
              "completeness",
              CompletenessFormat.FORMAT,
              Completeness.complete(),
              Segment::completeness,
              Segment.Builder::completeness),
          Field.objectOr(
              "agendaCompleteness",
              CompletenessFormat.FORMAT,
              Completeness.complete(),
              Segment::agendaCompleteness,
              Segment.Builder::agendaCompleteness),
          Field.list(
              "delegations",
              DelegationFormat.FORMAT,
              Segment::delegations,
              Segment.Builder::addDelegation),
          Field.list("agenda", AgendaItemFormat.FORMAT, Segment::agenda, Segment.Builder::addItem),
          Field.list(
              "outcomes", OutcomeFormat.FORMAT, Segment::outcomes, Segment.Builder::addOutcome));

  private SegmentFormat() {}
}
