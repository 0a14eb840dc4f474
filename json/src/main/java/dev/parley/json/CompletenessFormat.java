package dev.parley.json;

import dev.parley.core.model.Completeness;
import dev.parley.core.model.Extent;

/** {@link Completeness} as JSON; a complete record leaves it out. */
final class CompletenessFormat {
  static final RecordFormat<Completeness, Completeness.Builder> FORMAT =
      new RecordFormat<>(
          "Completeness",
          true,
          Completeness::builder,
          Completeness.Builder::build,
          Field.coded("extent", Extent.class, Completeness::extent, Completeness.Builder::extent),
          Field.optionalText("reason", Completeness::reason, Completeness.Builder::reason));

  private CompletenessFormat() {}
}
