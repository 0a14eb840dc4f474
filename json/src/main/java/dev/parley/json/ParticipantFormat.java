package dev.parley.json;

import dev.parley.core.model.Participant;

/** {@link Participant} as JSON. */
final class ParticipantFormat {
  static final RecordFormat<Participant, Participant.Builder> FORMAT =
      new RecordFormat<>(
          "Participant",
          Participant::builder,
          Participant.Builder::build,
          Field.text("name", Participant::name, Participant.Builder::name),
          Field.optionalText("title", Participant::title, Participant.Builder::title),
          Field.optionalObject(
              "organization",
              OrganizationFormat.FORMAT,
              Participant::organization,
              Participant.Builder::organization),
          Field.object(
              "party", PartyFormat.FORMAT, Participant::party, Participant.Builder::party));

  private ParticipantFormat() {}
}
