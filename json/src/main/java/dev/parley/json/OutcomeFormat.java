package dev.parley.json;

import dev.parley.core.model.Commitment;
import dev.parley.core.model.Outcome;

/** {@link Outcome} as JSON. */
final class OutcomeFormat {
  static final RecordFormat<Outcome, Outcome.Builder> FORMAT =
      new RecordFormat<>(
          "Outcome",
          Outcome::builder,
          Outcome.Builder::build,
          Field.list("parties", PartyFormat.FORMAT, Outcome::parties, Outcome.Builder::addParty),
          Field.coded(
              "commitment", Commitment.class, Outcome::commitment, Outcome.Builder::commitment),
          Field.text("text", Outcome::text, Outcome.Builder::text));

  private OutcomeFormat() {}
}
