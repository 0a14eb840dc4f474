package dev.parley.core.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * A fact on which the sources of a session disagree, such as a date the English release gives as
 * the 13th and the Japanese as the 12th: every source's value, and which one the record follows.
 * The record itself carries the followed value, and for {@code ordinal}, {@code start} and {@code
 * end} the session checks that it does. A discrepancy is a warning about the sources, never an
 * error in the record.
 */
@Value.Immutable
abstract class AbstractDiscrepancy {
  /**
   * The fact, as the path of the member in the record: {@code start}, {@code ordinal}, {@code
   * segments[0].agenda[2].number}.
   *
   * @return the path
   */
  public abstract String fact();

  /**
   * What each source says, two or more sources, each once.
   *
   * @return the claims, in the order of the sources
   */
  public abstract List<Claim> claims();

  /**
   * The claim the record follows: its index in {@link #claims()}.
   *
   * @return the index of the followed claim; the first unless said otherwise
   */
  @Value.Default
  public int followed() {
    return 0;
  }

  /**
   * Why the record follows that claim, such as {@code the Japanese release is the original}.
   *
   * @return the remark, if any
   */
  public abstract Optional<String> note();

  /**
   * The claim the record follows.
   *
   * @return the followed claim
   */
  public Claim followedClaim() {
    return claims().get(followed());
  }

  @Value.Check
  void check() {
    Supplier<String> subject = () -> "Discrepancy " + Invariants.quoted(fact());
    Invariants.text(subject, "fact", fact());
    Invariants.text(subject, "note", note());
    if (claims().size() < 2) {
      throw Invariants.violation(
          subject,
          "claims",
          "claims has " + claims().size() + "; a discrepancy has at least 2 sources");
    }
    Invariants.distinct(subject, "claims", claims(), c -> "source " + c.source());
    if (claims().stream().map(Claim::value).distinct().count() < 2) {
      throw Invariants.violation(
          subject, "claims", "claims all give " + claims().get(0).value() + "; nothing differs");
    }
    if (followed() < 0 || followed() >= claims().size()) {
      throw Invariants.violation(
          subject,
          "followed",
          "followed "
              + followed()
              + " is not the index of one of the "
              + claims().size()
              + " claims");
    }
  }
}
