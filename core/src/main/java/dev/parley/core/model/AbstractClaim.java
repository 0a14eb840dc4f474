package dev.parley.core.model;

import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * What one source says about a fact that sources disagree on: the value as that source gives it,
 * and the source, by its place in the session's {@link Session#sources() sources}.
 */
@Value.Immutable
abstract class AbstractClaim {
  /**
   * The value as the source gives it, written as the record writes that fact ({@code 2019-12-13}
   * for a date, {@code 26} for an ordinal).
   *
   * @return the value
   */
  @Value.Parameter
  public abstract String value();

  /**
   * The source that gives this value: its index in the session's sources, from 0.
   *
   * @return the source index
   */
  @Value.Parameter
  public abstract int source();

  @Value.Check
  void check() {
    Supplier<String> subject = () -> "Claim " + Invariants.quoted(value());
    Invariants.text(subject, "value", value());
    Invariants.sourceIndex(subject, "source", source());
  }
}
