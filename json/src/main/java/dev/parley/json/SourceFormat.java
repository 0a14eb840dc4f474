package dev.parley.json;

import dev.parley.core.model.Source;
import dev.parley.core.model.SourceKind;

/** {@link Source} as JSON. */
final class SourceFormat {
  static final RecordFormat<Source, Source.Builder> FORMAT =
      new RecordFormat<>(
          "Source",
          Source::builder,
          Source.Builder::build,
          Field.text("publisher", Source::publisher, Source.Builder::publisher),
          Field.textList("copublishers", Source::copublishers, Source.Builder::addCopublisher),
          Field.codedOr(
              "kind", SourceKind.class, SourceKind.REPORT, Source::kind, Source.Builder::kind),
          Field.text("title", Source::title, Source.Builder::title),
          Field.optionalText("language", Source::language, Source.Builder::language),
          Field.optionalDate("published", Source::published, Source.Builder::published),
          Field.optionalUri("url", Source::url, Source.Builder::url),
          Field.optionalText("division", Source::division, Source.Builder::division));

  private SourceFormat() {}
}
