package dev.parley.core.model;

import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * A side in a dialogue: a country such as Japan or India, or a union such as the European Union.
 * Its {@link #code() code} is stable and short (ISO 3166 alpha-2 for countries is the convention:
 * {@code jp}, {@code de}, {@code us}, {@code in}, {@code it}; {@code eu} for the European Union);
 * its {@link #name() name} is for display.
 *
 * <p>Every {@code with...} copy is validated again, as a built {@code Party} is: a copy that breaks
 * a rule or is given a null throws {@link InvalidRecordException}, and a copy with the same value
 * is this record.
 */
@Value.Immutable
abstract class AbstractParty {
  /**
   * The stable code that identifies this party in every record and document: lowercase letters,
   * digits and single hyphens, such as {@code jp} or {@code eu}.
   *
   * @return the code
   */
  @Value.Parameter
  public abstract String code();

  /**
   * The name to display, such as {@code Japan} or {@code the European Union}.
   *
   * @return the display name
   */
  @Value.Parameter
  public abstract String name();

  @Value.Check
  void check() {
    Supplier<String> subject = () -> "Party " + Invariants.quoted(code());
    Invariants.slug(subject, "code", code());
    Invariants.text(subject, "name", name());
  }
}
