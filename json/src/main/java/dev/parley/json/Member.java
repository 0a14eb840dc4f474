package dev.parley.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * One member of a record's JSON object: its name, whether it is required, the version of the format
 * that added it, its {@link Value kind}, when it is written, how it is written and how it is read
 * into the record's builder. Made by the factories below, one line per member in {@link
 * Declarations}.
 *
 * @param <T> the record type
 * @param <B> the record's builder type
 */
final class Member<T, B> {
  /**
   * Writes a member, its name and its value, if the record has a value for it: one call per member
   * and record, which reads the record's value once.
   */
  interface Writer<T> {
    void write(JsonGenerator g, SerializableString name, T record) throws IOException;
  }

  /** Reads a member's value, the parser on its first token, into a builder. */
  interface Reader<B> {
    void read(Reading r, B builder) throws IOException;
  }

  final String name;
  final boolean required;
  final Value<?> kind;
  final boolean list;
  final int minItems;
  final boolean uniqueItems;
  final Writer<T> writer;
  final Reader<B> reader;

  /** The format version that added the member, as {@code major * 1000 + minor}. */
  final int since;

  private Member(
      String name,
      boolean required,
      Value<?> kind,
      boolean list,
      int minItems,
      boolean uniqueItems,
      Writer<T> writer,
      Reader<B> reader,
      int since) {
    this.name = name;
    this.required = required;
    this.kind = kind;
    this.list = list;
    this.minItems = minItems;
    this.uniqueItems = uniqueItems;
    this.writer = writer;
    this.reader = reader;
    this.since = since;
  }

  /**
   * This member as added by a later minor version of the format, such as {@code since(2, 1)}: the
   * version written becomes the highest of all members, and a reader of an older minor version
   * refuses the member naming both versions.
   */
  Member<T, B> since(int major, int minor) {
    return new Member<>(
        name, required, kind, list, minItems, uniqueItems, writer, reader, major * 1000 + minor);
  }

  /** This list member with at least {@code min} elements when present. */
  Member<T, B> atLeast(int min) {
    return new Member<>(name, required, kind, list, min, uniqueItems, writer, reader, since);
  }

  /** This list member with distinct elements. */
  Member<T, B> distinct() {
    return new Member<>(name, required, kind, list, minItems, true, writer, reader, since);
  }

  /** This list member as required (written even when empty is impossible: the model forbids it). */
  Member<T, B> required() {
    return new Member<>(name, true, kind, list, minItems, uniqueItems, writer, reader, since);
  }

  /** A required value. */
  static <T, B, V> Member<T, B> required(
      String name, Value<V> kind, Function<T, V> get, BiConsumer<B, V> set) {
    return new Member<>(
        name,
        true,
        kind,
        false,
        0,
        false,
        kind.isPlainString()
            ? (g, n, r) -> {
              g.writeFieldName(n);
              g.writeString((String) get.apply(r));
            }
            : (g, n, r) -> {
              g.writeFieldName(n);
              kind.write(g, get.apply(r));
            },
        (r, b) -> set.accept(b, kind.read(r)),
        2000);
  }

  /** A required value that the reading context sees too, such as a session's dialogue. */
  static <T, B, V> Member<T, B> required(
      String name, Value<V> kind, Function<T, V> get, Element<B, V> set) {
    return new Member<>(
        name,
        true,
        kind,
        false,
        0,
        false,
        (g, n, r) -> {
          g.writeFieldName(n);
          kind.write(g, get.apply(r));
        },
        (r, b) -> set.accept(r, b, kind.read(r)),
        2000);
  }

  /** An optional value, left out when absent. */
  static <T, B, V> Member<T, B> optional(
      String name, Value<V> kind, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
    return new Member<>(
        name,
        false,
        kind,
        false,
        0,
        false,
        kind.isPlainString()
            ? (g, n, r) -> {
              Optional<V> v = get.apply(r);
              if (v.isPresent()) {
                g.writeFieldName(n);
                g.writeString((String) v.get());
              }
            }
            : (g, n, r) -> {
              Optional<V> v = get.apply(r);
              if (v.isPresent()) {
                g.writeFieldName(n);
                kind.write(g, v.get());
              }
            },
        (r, b) -> set.accept(b, kind.read(r)),
        2000);
  }

  /** An optional whole number, left out when absent. */
  static <T, B> Member<T, B> optionalInt(
      String name, Value<Integer> kind, Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
    return new Member<>(
        name,
        false,
        kind,
        false,
        0,
        false,
        (g, n, r) -> {
          OptionalInt v = get.apply(r);
          if (v.isPresent()) {
            g.writeFieldName(n);
            g.writeNumber(v.getAsInt());
          }
        },
        (r, b) -> set.accept(b, r.integer()),
        2000);
  }

  /** A required whole number of an output-only record. */
  static <T, B> Member<T, B> number(String name, Value<Integer> kind, ToIntFunction<T> get) {
    return new Member<>(
        name,
        true,
        kind,
        false,
        0,
        false,
        (g, n, r) -> {
          g.writeFieldName(n);
          g.writeNumber(get.applyAsInt(r));
        },
        null,
        2000);
  }

  /** A flag, written only when true. */
  static <T, B> Member<T, B> flag(String name, Predicate<T> get, BiConsumer<B, Boolean> set) {
    return new Member<>(
        name,
        false,
        Value.TRUE,
        false,
        0,
        false,
        (g, n, r) -> {
          if (get.test(r)) {
            g.writeFieldName(n);
            g.writeBoolean(true);
          }
        },
        (r, b) -> set.accept(b, r.bool()),
        2000);
  }

  /** A list, left out when empty; each element is read and passed to {@code add}. */
  static <T, B, V> Member<T, B> list(
      String name, Value<V> kind, Function<T, List<V>> get, BiConsumer<B, V> add) {
    return listOf(name, kind, get, (r, b, v) -> add.accept(b, v));
  }

  /** What a list member does with each element read: add it, or declare it, or both. */
  interface Element<B, V> {
    void accept(Reading r, B builder, V value);
  }

  /** A list, left out when empty, whose elements the reading context also sees. */
  static <T, B, V> Member<T, B> listOf(
      String name, Value<V> kind, Function<T, List<V>> get, Element<B, V> add) {
    boolean plain = kind.isPlainString();
    return new Member<>(
        name,
        false,
        kind,
        true,
        1,
        false,
        (g, n, r) -> {
          List<V> values = get.apply(r);
          int size = values.size();
          if (size > 0) {
            g.writeFieldName(n);
            g.writeStartArray(values, size);
            if (plain && values instanceof RandomAccess) {
              for (int i = 0; i < size; i++) {
                g.writeString((String) values.get(i));
              }
            } else if (values instanceof RandomAccess) {
              for (int i = 0; i < size; i++) {
                kind.write(g, values.get(i));
              }
            } else {
              for (V v : values) {
                kind.write(g, v);
              }
            }
            g.writeEndArray();
          }
        },
        (r, b) -> {
          r.expect(JsonToken.START_ARRAY, "an array");
          boolean broken = false;
          while (r.parser().nextToken() != JsonToken.END_ARRAY) {
            try {
              add.accept(r, b, kind.read(r));
            } catch (Reading.Broken e) {
              broken = true;
            } catch (ParleyJsonException e) {
              r.report(e);
              r.parser().skipChildren();
              broken = true;
            }
          }
          if (broken) {
            throw Reading.Broken.INSTANCE;
          }
        },
        2000);
  }
}
