package dev.parley.core.topic;

import dev.parley.core.model.Rules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * A subject that dialogues put on their agendas, such as Beyond 5G or IoT security, with the labels
 * by which press releases name it and the broader topics it belongs to. Modelled on SKOS: one
 * preferred label per language, any number of alternative labels per language, and {@code broader}
 * links ({@code iot-security} is narrower than {@code cybersecurity} and {@code iot}). The English
 * labels are {@link #prefLabel()} and {@link #altLabels()}; labels in other languages are {@link
 * #localLabels()}.
 */
@Value.Immutable
abstract class AbstractTopic {
  /** The longest label, in characters; it bounds the work of matching at each place in a title. */
  static final int MAX_LABEL_LENGTH = 200;

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
   * The topic's labels in languages other than English, such as its Japanese preferred label and
   * the other names Japanese releases give it.
   *
   * @return the labels, in the order given
   */
  public abstract List<Label> localLabels();

  /**
   * The ids of the topics this one is a part of.
   *
   * @return the broader topic ids
   */
  public abstract List<String> broader();

  /**
   * Every label of this topic in every language: the English preferred label first, then the
   * English alternatives, then the labels of other languages in the order given.
   *
   * @return the labels
   */
  public List<String> labels() {
    List<String> labels = new ArrayList<>(altLabels().size() + localLabels().size() + 1);
    labels.add(prefLabel());
    labels.addAll(altLabels());
    for (Label l : localLabels()) {
      labels.add(l.text());
    }
    return labels;
  }

  /**
   * The preferred label in a language: {@link #prefLabel()} for {@code en}.
   *
   * @param language a BCP 47 tag such as {@code ja}
   * @return the label, if the topic has one in that language
   */
  public Optional<String> prefLabel(String language) {
    if (language.equals("en")) {
      return Optional.of(prefLabel());
    }
    for (Label l : localLabels()) {
      if (l.preferred() && l.language().equals(language)) {
        return Optional.of(l.text());
      }
    }
    return Optional.empty();
  }

  /**
   * The alternative labels in a language: {@link #altLabels()} for {@code en}.
   *
   * @param language a BCP 47 tag such as {@code ja}
   * @return the labels, in the order given; empty if none
   */
  public List<String> altLabels(String language) {
    if (language.equals("en")) {
      return altLabels();
    }
    List<String> alts = new ArrayList<>();
    for (Label l : localLabels()) {
      if (!l.preferred() && l.language().equals(language)) {
        alts.add(l.text());
      }
    }
    return List.copyOf(alts);
  }

  /**
   * The languages the topic has labels in: {@code en} first, then the others in order of first
   * label.
   *
   * @return the language tags
   */
  public List<String> languages() {
    Set<String> languages = new LinkedHashSet<>();
    languages.add("en");
    for (Label l : localLabels()) {
      languages.add(l.language());
    }
    return List.copyOf(languages);
  }

  @Value.Check
  void check() {
    Supplier<String> subject = () -> "Topic '" + id() + "'";
    if (!Rules.isSlug(id())) {
      throw new TopicSchemeException(
          subject.get() + ": id \"" + id() + "\" must be " + Rules.SLUG_RULE);
    }
    Set<String> seen = new HashSet<>();
    Set<String> preferred = new HashSet<>();
    for (Label l : localLabels()) {
      if (l.preferred() && !preferred.add(l.language())) {
        throw new TopicSchemeException(
            subject.get() + ": more than one preferred label in language " + l.language());
      }
    }
    List<String> languages = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    languages.add("en");
    texts.add(prefLabel());
    for (String a : altLabels()) {
      languages.add("en");
      texts.add(a);
    }
    for (Label l : localLabels()) {
      languages.add(l.language());
      texts.add(l.text());
    }
    for (Label l : localLabels()) {
      if (l.preferred()) {
        requireNoSlot(subject, l.text());
      }
    }
    requireNoSlot(subject, prefLabel());
    for (int i = 0; i < texts.size(); i++) {
      String label = texts.get(i);
      if (label.length() > MAX_LABEL_LENGTH) {
        throw new TopicSchemeException(
            subject.get()
                + ": label \""
                + label.substring(0, 40)
                + "...\" is longer than "
                + MAX_LABEL_LENGTH
                + " characters");
      }
      if (label.isBlank() || !label.strip().equals(label)) {
        throw new TopicSchemeException(
            subject.get() + ": label \"" + label + "\" is blank or has surrounding white space");
      }
      if (TitleWords.of(label).isEmpty()) {
        throw new TopicSchemeException(
            subject.get() + ": label \"" + label + "\" has no letters or digits to match");
      }
      int slot = label.indexOf(TopicScheme.SLOT);
      if (slot >= 0
          && (label.indexOf(TopicScheme.SLOT, slot + 1) >= 0
              || TitleWords.of(label.substring(0, slot)).isEmpty())) {
        throw new TopicSchemeException(
            subject.get()
                + ": label \""
                + label
                + "\" may have one slot (*), and only after a word to match");
      }
      String key =
          slot < 0
              ? TitleWords.writtenKey(label)
              : TitleWords.writtenKey(label.substring(0, slot))
                  + " * "
                  + TitleWords.writtenKey(label.substring(slot + 1));
      if (!seen.add(languages.get(i) + " " + key)) {
        throw new TopicSchemeException(
            subject.get() + ": label \"" + label + "\" repeats another label of the topic");
      }
    }
    for (String b : broader()) {
      if (!Rules.isSlug(b)) {
        throw new TopicSchemeException(subject.get() + ": broader id \"" + b + "\" is not a slug");
      }
      if (b.equals(id())) {
        throw new TopicSchemeException(subject.get() + ": broader names the topic itself");
      }
    }
  }

  /** A preferred label names its topic alone: it may not have a slot. */
  private static void requireNoSlot(Supplier<String> subject, String preferred) {
    if (preferred.indexOf(TopicScheme.SLOT) >= 0) {
      throw new TopicSchemeException(
          subject.get() + ": preferred label \"" + preferred + "\" may not have a slot (*)");
    }
  }
}
