package dev.parley.examples.cli;

/** How {@code diff} and {@code timeline} print their result. */
enum OutputFormat {
  /** Plain text for a terminal. */
  text,
  /** Markdown for a code-hosting page. */
  markdown,
  /** JSON for other programs. */
  json
}
