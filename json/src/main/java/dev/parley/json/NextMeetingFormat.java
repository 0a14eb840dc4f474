package dev.parley.json;

import dev.parley.core.model.NextMeeting;

/** {@link NextMeeting} as JSON. */
final class NextMeetingFormat {
  static final RecordFormat<NextMeeting, NextMeeting.Builder> FORMAT =
      new RecordFormat<>(
          "NextMeeting",
          NextMeeting::builder,
          NextMeeting.Builder::build,
          Field.optionalPartialDate("date", NextMeeting::date, NextMeeting.Builder::date),
          Field.optionalText("text", NextMeeting::text, NextMeeting.Builder::text),
          Field.optionalDate("earliest", NextMeeting::earliest, NextMeeting.Builder::earliest),
          Field.optionalDate("latest", NextMeeting::latest, NextMeeting.Builder::latest),
          Field.optionalObject(
              "place", PlaceFormat.FORMAT, NextMeeting::place, NextMeeting.Builder::place));

  private NextMeetingFormat() {}
}
