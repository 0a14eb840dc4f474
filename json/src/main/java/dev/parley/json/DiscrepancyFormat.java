package dev.parley.json;

import dev.parley.core.model.Claim;
import dev.parley.core.model.Discrepancy;

/** {@link Discrepancy} and its {@link Claim}s as JSON. */
final class DiscrepancyFormat {
  static final RecordFormat<Claim, Claim.Builder> CLAIM =
      new RecordFormat<>(
          "Claim",
          Claim::builder,
          Claim.Builder::build,
          Field.text("value", Claim::value, Claim.Builder::value),
          Field.integer("source", Claim::source, Claim.Builder::source));

  static final RecordFormat<Discrepancy, Discrepancy.Builder> FORMAT =
      new RecordFormat<>(
          "Discrepancy",
          Discrepancy::builder,
          Discrepancy.Builder::build,
          Field.text("fact", Discrepancy::fact, Discrepancy.Builder::fact),
          Field.list("claims", CLAIM, Discrepancy::claims, Discrepancy.Builder::addClaim),
          Field.integer("followed", Discrepancy::followed, Discrepancy.Builder::followed),
          Field.optionalText("note", Discrepancy::note, Discrepancy.Builder::note));

  private DiscrepancyFormat() {}
}
