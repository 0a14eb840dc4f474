package dev.parley.json;

import dev.parley.core.model.Place;

/** {@link Place} as JSON. */
final class PlaceFormat {
  static final RecordFormat<Place, Place.Builder> FORMAT =
      new RecordFormat<>(
          "Place",
          true,
          Place::builder,
          Place.Builder::build,
          Field.optionalText("venue", Place::venue, Place.Builder::venue),
          Field.optionalText("district", Place::district, Place.Builder::district),
          Field.optionalText("city", Place::city, Place.Builder::city),
          Field.optionalText("country", Place::country, Place.Builder::country));

  private PlaceFormat() {}
}
