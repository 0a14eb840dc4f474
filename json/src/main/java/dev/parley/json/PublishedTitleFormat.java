package dev.parley.json;

import dev.parley.core.model.PublishedTitle;

/** {@link PublishedTitle} as JSON. */
final class PublishedTitleFormat {
  static final RecordFormat<PublishedTitle, PublishedTitle.Builder> FORMAT =
      new RecordFormat<>(
          "PublishedTitle",
          PublishedTitle::builder,
          PublishedTitle.Builder::build,
          Field.text("text", PublishedTitle::text, PublishedTitle.Builder::text),
          Field.text("language", PublishedTitle::language, PublishedTitle.Builder::language),
          Field.integer("source", PublishedTitle::source, PublishedTitle.Builder::source));

  private PublishedTitleFormat() {}
}
