package dev.parley.core.topic;

import dev.parley.core.model.Rules;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A subject that dialogues put on their agendas, such as Beyond 5G or IoT security, with the labels
 * by which press releases name it and the broader topics it belongs to. Modelled on SKOS: one
 * preferred label, any number of alternative labels, and {@code broader} links ({@code
 * iot-security} is narrower than {@code cybersecurity} and {@code iot}).
 */
@Value.Immutable
abstract class AbstractTopic {
  /**
   * The stable identifier, a slug such as {@code beyond-5g}.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The label to display, such as {@code Beyond 5G}.
   *
   * @return the preferred label
   */
  @Value.Parameter
  public abstract String prefLabel();

  /**
   * Other names for the topic that titles use: abbreviations ({@code B5G}), synonyms ({@code 6G}),
   * plurals and other spellings. Matching ignores case, punctuation and "and".
   *
   * @return the alternative labels, in the order given
   */
  public abstract List<String> altLabels();

  /**
   * The ids of the topics this one is a part of.
   *
   * @return the broader topic ids
   */
  public abstract List<String> broader();

  /**
   * Every label of this topic: the preferred label first, then the alternatives.
   *
   * @return the labels
   */
  public List<String> labels() {
    List<String> labels = new java.util.ArrayList<>(altLabels().size() + 1);
    labels.add(prefLabel());
    labels.addAll(altLabels());
    return labels;
  }

  @Value.Check
  void check() {
    String subject = "Topic '" + id() + "'";
    if (!Rules.isSlug(id())) {
      throw new TopicSchemeException(subject + ": id \"" + id() + "\" must be " + Rules.SLUG_RULE);
    }
    Set<String> seen = new HashSet<>();
    for (String label : labels()) {
      if (label.isBlank() || !label.strip().equals(label)) {
        throw new TopicSchemeException(
            subject + ": label \"" + label + "\" is blank or has surrounding white space");
      }
      if (TitleWords.of(label).isEmpty()) {
        throw new TopicSchemeException(
            subject + ": label \"" + label + "\" has no letters or digits to match");
      }
      if (!seen.add(String.join(" ", TitleWords.of(label)))) {
        throw new TopicSchemeException(
            subject + ": label \"" + label + "\" repeats another label of the topic");
      }
    }
    for (String b : broader()) {
      if (!Rules.isSlug(b)) {
        throw new TopicSchemeException(subject + ": broader id \"" + b + "\" is not a slug");
      }
      if (b.equals(id())) {
        throw new TopicSchemeException(subject + ": broader names the topic itself");
      }
    }
  }
}
