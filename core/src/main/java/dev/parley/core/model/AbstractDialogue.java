package dev.parley.core.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * A recurring dialogue series, such as the Japan-EU ICT Policy Dialogue or the Japan-India Joint
 * Working Group. Each meeting of it is a {@link Session}.
 *
 * <p>Every {@code with...} copy is validated again, as a built {@code Dialogue} is: a copy that
 * breaks a rule or is given a null throws {@link InvalidRecordException}, and a copy with the same
 * value is this record.
 */
@Value.Immutable
abstract class AbstractDialogue {
  /**
   * The stable identifier of the series, a slug such as {@code japan-eu-ict-policy-dialogue}.
   *
   * @return the id: lowercase letters, digits and single hyphens
   */
  public abstract String id();

  /**
   * The name of the series as published, such as {@code Japan-EU ICT Policy Dialogue}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The parties of the series, two or more, in the order the name gives them.
   *
   * @return the parties
   */
  public abstract List<Party> parties();

  /**
   * The rank at which the series meets.
   *
   * @return the level
   */
  public abstract DialogueLevel level();

  /**
   * The framework the series sits under, such as {@code Japan-India ICT Comprehensive Cooperation
   * Framework}.
   *
   * @return the framework's name, if any
   */
  public abstract Optional<String> framework();

  /**
   * The party with the given code, if it is a party of this series.
   *
   * @param code a party code such as {@code jp}
   * @return the party
   */
  public Optional<Party> party(String code) {
    return parties().stream().filter(p -> p.code().equals(code)).findFirst();
  }

  @Value.Check
  void check() {
    Supplier<String> subject = () -> "Dialogue " + Invariants.quoted(id());
    Invariants.slug(subject, "id", id());
    Invariants.text(subject, "name", name());
    if (parties().size() < 2) {
      throw Invariants.violation(
          subject, "parties", "parties has " + parties().size() + "; a dialogue has at least 2");
    }
    Invariants.distinct(subject, "parties", parties(), Party::code);
    Invariants.text(subject, "framework", framework());
  }
}
