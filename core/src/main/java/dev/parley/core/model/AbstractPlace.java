package dev.parley.core.model;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * Where a meeting was held, as precisely as the source says: a venue ({@code Egmont Palace}), a
 * district ({@code Minato-ku}), a city ({@code Brussels}) and a country ({@code Belgium}). At least
 * one of them is known.
 *
 * <p>Every {@code with...} copy is validated again, as a built {@code Place} is: a copy that breaks
 * a rule or is given a null throws {@link InvalidRecordException}, and a copy with the same value
 * is this record.
 */
@Value.Immutable
abstract class AbstractPlace {
  /**
   * The building or venue, such as {@code Mita Kaigisho}.
   *
   * @return the venue, if known
   */
  public abstract Optional<String> venue();

  /**
   * The district or ward within the city, such as {@code Minato-ku}.
   *
   * @return the district, if known
   */
  public abstract Optional<String> district();

  /**
   * The city, such as {@code Tokyo}.
   *
   * @return the city, if known
   */
  public abstract Optional<String> city();

  /**
   * The country, such as {@code Japan}.
   *
   * @return the country, if known
   */
  public abstract Optional<String> country();

  /**
   * The place as one line, most precise part first: {@code Mita Kaigisho, Minato-ku, Tokyo}.
   *
   * @return the known parts joined by commas
   */
  public String describe() {
    return Stream.of(venue(), district(), city(), country())
        .flatMap(Optional::stream)
        .collect(Collectors.joining(", "));
  }

  @Value.Check
  void check() {
    Supplier<String> subject = () -> "Place";
    if (venue().isEmpty() && district().isEmpty() && city().isEmpty() && country().isEmpty()) {
      throw Invariants.violation(
          subject, "venue", "venue, district, city and country are all empty; give at least one");
    }
    Invariants.text(subject, "venue", venue());
    Invariants.text(subject, "district", district());
    Invariants.text(subject, "city", city());
    Invariants.text(subject, "country", country());
  }
}
