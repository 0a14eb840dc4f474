package dev.parley.core.model;

import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * A title as one source published it, in that source's language: the English release's {@code
 * International collaboration} and the Japanese release's {@code 多国間協力} for one agenda item. The
 * source is named by its place in the session's {@link Session#sources() sources}.
 */
@Value.Immutable
abstract class AbstractPublishedTitle {
  /**
   * The title exactly as the source published it.
   *
   * @return the title
   */
  @Value.Parameter
  public abstract String text();

  /**
   * The language of the title, an IETF BCP 47 tag such as {@code en} or {@code ja}.
   *
   * @return the language tag
   */
  @Value.Parameter
  public abstract String language();

  /**
   * The source that published this title: its index in the session's sources, from 0.
   *
   * @return the source index
   */
  @Value.Parameter
  public abstract int source();

  @Value.Check
  void check() {
    Supplier<String> subject = () -> "Published title " + Invariants.quoted(text());
    Invariants.text(subject, "text", text());
    Invariants.languageTag(subject, "language", language());
    Invariants.sourceIndex(subject, "source", source());
  }
}
