package dev.parley.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.parley.core.model.InvalidRecordException;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * How one record type is written and read as a JSON object: its members in their fixed order.
 * Writing omits absent values, empty lists and false flags; reading rejects unknown and duplicate
 * members, reports missing required ones, and keeps the model's message when the record breaks a
 * rule. The member tables of the {@code ...Format} classes are the single source of truth for the
 * format.
 *
 * @param <T> the record type
 * @param <B> its builder
 */
final class RecordFormat<T, B> {
  private final String type;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final List<Field<T, B>> fields;
  private final Map<String, Integer> index = new HashMap<>();
  private final String names;

  @SafeVarargs
  RecordFormat(String type, Supplier<B> builder, Function<B, T> build, Field<T, B>... fields) {
    if (fields.length > 63) {
      throw new IllegalArgumentException(type + " has more than 63 members");
    }
    this.type = type;
    this.builder = builder;
    this.build = build;
    this.fields = List.copyOf(Arrays.asList(fields));
    for (int i = 0; i < fields.length; i++) {
      index.put(fields[i].name, i);
    }
    this.names = this.fields.stream().map(f -> f.name).collect(Collectors.joining(", "));
  }

  /** The record type's name, as messages use it. */
  String type() {
    return type;
  }

  /** The members in their written order. */
  List<Field<T, B>> fields() {
    return fields;
  }

  void write(JsonGenerator g, T record) throws IOException {
    g.writeStartObject();
    for (Field<T, B> f : fields) {
      if (f.present.test(record)) {
        g.writeFieldName(f.name);
        f.writer.write(g, record);
      }
    }
    g.writeEndObject();
  }

  /** Reads the object the parser is on; leaves the parser on its {@code END_OBJECT}. */
  T read(JsonParser p) throws IOException {
    Reading.expect(p, JsonToken.START_OBJECT, "an object (" + type + ")");
    JsonLocation start = p.currentTokenLocation();
    B b = builder.get();
    long seen = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String name = p.currentName();
      Integer i = index.get(name);
      if (i == null) {
        throw Reading.fail(
            p, "unknown member \"" + name + "\" in " + type + "; its members are " + names);
      }
      if ((seen & (1L << i)) != 0) {
        throw Reading.fail(p, "member \"" + name + "\" appears more than once");
      }
      seen |= 1L << i;
      p.nextToken();
      fields.get(i).reader.read(p, b);
    }
    String path = Reading.path(p.getParsingContext());
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).required && (seen & (1L << i)) == 0) {
        throw Reading.failAt(
            path, start, "missing required member \"" + fields.get(i).name + "\" in " + type, null);
      }
    }
    try {
      return build.apply(b);
    } catch (InvalidRecordException e) {
      throw Reading.invalid(path, start, e);
    }
  }
}
