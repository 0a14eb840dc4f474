package dev.parley.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * One item of a segment's agenda, such as "4. 5G": its number if the source numbers it, its title
 * exactly as published, and what was said, agreed and undertaken under it.
 *
 * <p>Every {@code with...} copy is validated again, as a built {@code AgendaItem} is: a copy that
 * breaks a rule or is given a null throws {@link InvalidRecordException}, and a copy with the same
 * value is this record.
 */
@Value.Immutable
abstract class AbstractAgendaItem {
  /**
   * The item's number in the published agenda; unnumbered items have none.
   *
   * @return the number, at least 1
   */
  public abstract OptionalInt number();

  /**
   * The item's number as the source prints it beside the title, such as {@code ア}, {@code ii.} or
   * {@code (1)}; {@link #number()} keeps its place as an integer.
   *
   * @return the label as published, at most 16 characters
   */
  public abstract Optional<String> numberLabel();

  /**
   * The title exactly as published, such as {@code 5G/Beyond 5G (6G)}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The title as each source published it, in its language, when sources differ or a source is in
   * another language than {@link #title()}: {@code International collaboration} in the English
   * release, {@code 多国間協力} in the Japanese. Topics are read from these titles too.
   *
   * @return the published titles, each tied to a source of the session
   */
  public abstract List<PublishedTitle> titles();

  /**
   * Topic ids stated explicitly for this item, in addition to those its title names; used where a
   * title is too vague to name its topics ("Review policies and regulations").
   *
   * @return topic ids: lowercase letters, digits and single hyphens, each once
   */
  public abstract List<String> topics();

  /**
   * What the parties said under this item, in the order published.
   *
   * @return the statements
   */
  public abstract List<Statement> statements();

  /**
   * What the parties bound themselves to under this item, in the order published.
   *
   * @return the outcomes
   */
  public abstract List<Outcome> outcomes();

  /**
   * Everything said under this item: the statements, then the outcomes, each in the order
   * published.
   *
   * @return the statements and outcomes
   */
  public List<Remark> remarks() {
    List<Remark> all = new ArrayList<>(statements().size() + outcomes().size());
    all.addAll(statements());
    all.addAll(outcomes());
    return all;
  }

  /**
   * The joint projects reported under this item.
   *
   * @return the projects
   */
  public abstract List<JointProject> jointProjects();

  /**
   * The strongest commitment of this item's outcomes.
   *
   * @return the highest level, or empty if the item has no outcome
   */
  public Optional<Commitment> strongestCommitment() {
    return outcomes().stream().map(Outcome::commitment).reduce(Commitment::strongest);
  }

  /** How messages name this item: {@code Agenda item 3} or {@code Agenda item 'IoT security'}. */
  String label() {
    return number().isPresent()
        ? "Agenda item " + number().getAsInt()
        : "Agenda item " + Invariants.quoted(title());
  }

  @Value.Check
  void check() {
    Supplier<String> subject = () -> label();
    Invariants.positive(subject, "number", number());
    Invariants.text(subject, "title", title());
    Invariants.label(subject, "numberLabel", numberLabel());
    for (int i = 0; i < topics().size(); i++) {
      Invariants.slug(subject, "topics[" + i + "]", topics().get(i));
    }
    Invariants.distinct(subject, "topics", topics(), t -> t);
  }
}
