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
import java.util.concurrent.ConcurrentHashMap;
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
  /** How many distinct values of one type are shared at most; beyond, values are not shared. */
  private static final int MAX_INTERNED = 4_096;

  private final String type;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final List<Field<T, B>> fields;
  private final Map<String, Integer> index = new HashMap<>();
  private final String names;
  private final Map<T, T> interned;

  @SafeVarargs
  RecordFormat(String type, Supplier<B> builder, Function<B, T> build, Field<T, B>... fields) {
    this(type, false, builder, build, fields);
  }

  /**
   * A format whose equal values, if {@code intern}, are read as one shared instance: parties,
   * organizations and dialogues recur in every session, and sharing them saves memory.
   */
  @SafeVarargs
  RecordFormat(
      String type,
      boolean intern,
      Supplier<B> builder,
      Function<B, T> build,
      Field<T, B>... fields) {
    this.interned = intern ? new ConcurrentHashMap<>() : null;
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

  /**
   * The index of the member with this name, or -1. Jackson interns member names, so an identity
   * check over the few members usually finds it without hashing.
   */
  private int indexOf(String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name == name) {
        return i;
      }
    }
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /** Reads the object the parser is on; leaves the parser on its {@code END_OBJECT}. */
  T read(JsonParser p) throws IOException {
    Reading.expect(p, JsonToken.START_OBJECT, "an object (" + type + ")");
    JsonLocation start = p.currentTokenLocation();
    B b = builder.get();
    long seen = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String name = p.currentName();
      int i = indexOf(name);
      if (i < 0) {
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
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).required && (seen & (1L << i)) == 0) {
        throw Reading.failAt(
            Reading.path(p.getParsingContext()),
            start,
            "missing required member \"" + fields.get(i).name + "\" in " + type,
            null);
      }
    }
    try {
      T value = build.apply(b);
      if (interned == null) {
        return value;
      }
      T shared = interned.get(value);
      if (shared != null) {
        return shared;
      }
      if (interned.size() < MAX_INTERNED) {
        interned.putIfAbsent(value, value);
      }
      return value;
    } catch (InvalidRecordException e) {
      throw Reading.invalid(Reading.path(p.getParsingContext()), start, e);
    }
  }
}
