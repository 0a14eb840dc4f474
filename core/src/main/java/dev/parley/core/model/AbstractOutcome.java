package dev.parley.core.model;

import java.util.List;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * What the parties bound themselves to under an agenda item, such as "Both parties will continue
 * exchanging opinions on GAIA-X", with the {@link Commitment} level that wording expresses.
 *
 * <p>Every {@code with...} copy is validated again, as a built {@code Outcome} is: a copy that
 * breaks a rule or is given a null throws {@link InvalidRecordException}, and a copy with the same
 * value is this record.
 */
@Value.Immutable
abstract class AbstractOutcome implements Remark {
  /**
   * The parties bound by the outcome, in the order published.
   *
   * @return one or more parties
   */
  @Override
  public abstract List<Party> parties();

  /**
   * How strongly the wording binds the parties.
   *
   * @return the commitment level
   */
  public abstract Commitment commitment();

  /**
   * The outcome as published.
   *
   * @return the text
   */
  @Override
  public abstract String text();

  @Value.Check
  void check() {
    Supplier<String> subject = () -> "Outcome";
    Invariants.parties(subject, parties());
    Invariants.text(subject, "text", text());
  }
}
