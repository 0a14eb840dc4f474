package dev.parley.json;

import dev.parley.core.model.Source;

/** {@link Source} as JSON. */
final class SourceFormat {
  static final RecordFormat<Source, Source.Builder> FORMAT =
      new RecordFormat<>(
          "Source",
          Source::builder,
          Source.Builder::build,
          Field.text("publisher", Source::publisher, Source.Builder::publisher),
          Field.text("title", Source::title, Source.Builder::title),
          Field.optionalDate("published", Source::published, Source.Builder::published),
          Field.optionalUri("url", Source::url, Source.Builder::url),
          Field.optionalText("division", Source::division, Source.Builder::division));

  private SourceFormat() {}
}
