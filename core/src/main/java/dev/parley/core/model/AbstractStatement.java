package dev.parley.core.model;

import java.util.List;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * What one or more parties said under an agenda item, such as "Japan explained the launch status of
 * 5G commercial services". A statement informs; what the parties bound themselves to is an {@link
 * Outcome}.
 *
 * <p>Every {@code with...} copy is validated again, as a built {@code Statement} is: a copy that
 * breaks a rule or is given a null throws {@link InvalidRecordException}, and a copy with the same
 * value is this record.
 */
@Value.Immutable
abstract class AbstractStatement implements Remark {
  /**
   * The parties who made the statement, in the order published.
   *
   * @return one or more parties
   */
  @Override
  public abstract List<Party> parties();

  /**
   * What the parties did: explained, introduced, proposed, ...
   *
   * @return the act
   */
  public abstract StatementAct act();

  /**
   * The statement as published.
   *
   * @return the text
   */
  @Override
  public abstract String text();

  @Value.Check
  void check() {
    Supplier<String> subject = () -> "Statement";
    Invariants.parties(subject, parties());
    Invariants.text(subject, "text", text());
  }
}
