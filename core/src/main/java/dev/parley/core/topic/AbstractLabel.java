package dev.parley.core.topic;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A label of a {@link Topic} in a language other than English, as in SKOS, where {@code prefLabel}
 * and {@code altLabel} carry a language tag: {@code Label.pref("ja", "オープンRAN")} is the Japanese
 * preferred label of {@code open-networks}, {@code Label.alt("ja", "Open RAN")} one of its Japanese
 * alternative labels. A topic's English labels are its {@link Topic#prefLabel()} and {@link
 * Topic#altLabels()}.
 */
@Value.Immutable
abstract class AbstractLabel {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");

  /**
   * The language, a BCP 47 tag such as {@code ja}.
   *
   * @return the language tag
   */
  @Value.Parameter
  public abstract String language();

  /**
   * The label as releases in that language write it.
   *
   * @return the text
   */
  @Value.Parameter
  public abstract String text();

  /**
   * Whether this is the topic's preferred label in its language (at most one per language).
   *
   * @return true for the preferred label, false for an alternative
   */
  @Value.Parameter
  public abstract boolean preferred();

  /**
   * The preferred label of a topic in a language.
   *
   * @param language a BCP 47 tag such as {@code ja}
   * @param text the label
   * @return the label
   * @throws TopicSchemeException if the tag is malformed
   */
  public static Label pref(String language, String text) {
    return Label.of(language, text, true);
  }

  /**
   * An alternative label of a topic in a language.
   *
   * @param language a BCP 47 tag such as {@code ja}
   * @param text the label
   * @return the label
   * @throws TopicSchemeException if the tag is malformed
   */
  public static Label alt(String language, String text) {
    return Label.of(language, text, false);
  }

  /**
   * Whether a language tag is well formed: two or three lowercase letters, then optional subtags
   * ({@code ja}, {@code en}, {@code zh-Hant}).
   *
   * @param language a tag
   * @return true if well formed
   */
  public static boolean isLanguageTag(String language) {
    return language.length() <= 35 && LANGUAGE.matcher(language).matches();
  }

  @Value.Check
  void check() {
    if (!isLanguageTag(language())) {
      throw new TopicSchemeException(
          "Label \""
              + text()
              + "\": language \""
              + language()
              + "\" is not a BCP 47 tag such as ja");
    }
  }
}
