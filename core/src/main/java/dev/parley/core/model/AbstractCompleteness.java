package dev.parley.core.model;

import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * How completely the sources show a session, a segment or an agenda: complete; partial, with the
 * reason ("the English release lists the first three items"); or unknown. A diff against a record
 * that is not complete reports a topic it does not show as not reported, never as dropped.
 */
@Value.Immutable
abstract class AbstractCompleteness {
  private static final Completeness COMPLETE = Completeness.of(Extent.COMPLETE, Optional.empty());
  private static final Completeness UNKNOWN = Completeness.of(Extent.UNKNOWN, Optional.empty());

  /**
   * How much the sources show.
   *
   * @return the extent
   */
  @Value.Parameter
  public abstract Extent extent();

  /**
   * Why the record is not complete, such as {@code the copy at hand ends after item 2}.
   *
   * @return the reason, required when the extent is partial
   */
  @Value.Parameter
  public abstract Optional<String> reason();

  /**
   * A record the sources show in full.
   *
   * @return complete, without a reason
   */
  public static Completeness complete() {
    return COMPLETE;
  }

  /**
   * A record the sources show only in part.
   *
   * @param reason why, such as {@code the English release lists the first three items}
   * @return partial, with the reason
   */
  public static Completeness partial(String reason) {
    return Completeness.of(Extent.PARTIAL, Optional.of(reason));
  }

  /**
   * A record of which nobody can tell whether the sources show all.
   *
   * @return unknown, without a reason
   */
  public static Completeness unknown() {
    return UNKNOWN;
  }

  /**
   * Whether the sources show everything.
   *
   * @return true if the extent is complete
   */
  public boolean isComplete() {
    return extent() == Extent.COMPLETE;
  }

  @Value.Check
  void check() {
    Supplier<String> subject = () -> "Completeness";
    Invariants.text(subject, "reason", reason());
    if (extent() == Extent.PARTIAL && reason().isEmpty()) {
      throw Invariants.violation(
          subject, "reason", "reason is empty; a partial record says what is missing and why");
    }
    if (extent() == Extent.COMPLETE && reason().isPresent()) {
      throw Invariants.violation(
          subject,
          "reason",
          "reason " + Invariants.quoted(reason().get()) + " is given for a complete record");
    }
  }
}
