package dev.parley.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.parley.core.model.Coded;
import dev.parley.core.model.PartialDate;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * One member of a record's JSON object: its name, whether it is required, when it is written, how
 * its value is written, and how it is read into the record's builder.
 *
 * @param <T> the record type
 * @param <B> the record's builder type
 */
final class Field<T, B> {
  /** Writes a member's value. */
  interface ValueWriter<T> {
    void write(JsonGenerator g, T record) throws IOException;
  }

  /** Reads a member's value, the parser on its first token, into a builder. */
  interface ValueReader<B> {
    void read(JsonParser p, B builder) throws IOException;
  }

  final String name;
  final boolean required;
  final Predicate<T> present;
  final ValueWriter<T> writer;
  final ValueReader<B> reader;

  private Field(
      String name,
      boolean required,
      Predicate<T> present,
      ValueWriter<T> writer,
      ValueReader<B> reader) {
    this.name = name;
    this.required = required;
    this.present = present;
    this.writer = writer;
    this.reader = reader;
  }

  static <T, B> Field<T, B> text(String name, Function<T, String> get, BiConsumer<B, String> set) {
    return new Field<>(
        name,
        true,
        r -> true,
        (g, r) -> g.writeString(get.apply(r)),
        (p, b) -> set.accept(b, Reading.string(p)));
  }

  static <T, B> Field<T, B> optionalText(
      String name, Function<T, Optional<String>> get, BiConsumer<B, String> set) {
    return new Field<>(
        name,
        false,
        r -> get.apply(r).isPresent(),
        (g, r) -> g.writeString(get.apply(r).get()),
        (p, b) -> set.accept(b, Reading.string(p)));
  }

  static <T, B> Field<T, B> optionalInt(
      String name, Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
    return new Field<>(
        name,
        false,
        r -> get.apply(r).isPresent(),
        (g, r) -> g.writeNumber(get.apply(r).getAsInt()),
        (p, b) -> set.accept(b, Reading.integer(p)));
  }

  /** A flag written only when true. */
  static <T, B> Field<T, B> flag(String name, Predicate<T> get, BiConsumer<B, Boolean> set) {
    return new Field<>(
        name, false, get, (g, r) -> g.writeBoolean(true), (p, b) -> set.accept(b, Reading.bool(p)));
  }

  static <T, B, E extends Enum<E> & Coded> Field<T, B> coded(
      String name, Class<E> type, Function<T, E> get, BiConsumer<B, E> set) {
    return new Field<>(
        name,
        true,
        r -> true,
        (g, r) -> g.writeString(get.apply(r).code()),
        (p, b) -> set.accept(b, Reading.coded(p, type)));
  }

  static <T, B, E extends Enum<E> & Coded> Field<T, B> optionalCoded(
      String name, Class<E> type, Function<T, Optional<E>> get, BiConsumer<B, E> set) {
    return new Field<>(
        name,
        false,
        r -> get.apply(r).isPresent(),
        (g, r) -> g.writeString(get.apply(r).get().code()),
        (p, b) -> set.accept(b, Reading.coded(p, type)));
  }

  static <T, B> Field<T, B> optionalDate(
      String name, Function<T, Optional<LocalDate>> get, BiConsumer<B, LocalDate> set) {
    return new Field<>(
        name,
        false,
        r -> get.apply(r).isPresent(),
        (g, r) -> g.writeString(get.apply(r).get().toString()),
        (p, b) -> set.accept(b, Reading.localDate(p)));
  }

  static <T, B> Field<T, B> partialDate(
      String name, Function<T, PartialDate> get, BiConsumer<B, PartialDate> set) {
    return new Field<>(
        name,
        true,
        r -> true,
        (g, r) -> g.writeString(get.apply(r).toString()),
        (p, b) -> set.accept(b, Reading.partialDate(p)));
  }

  static <T, B> Field<T, B> optionalPartialDate(
      String name, Function<T, Optional<PartialDate>> get, BiConsumer<B, PartialDate> set) {
    return new Field<>(
        name,
        false,
        r -> get.apply(r).isPresent(),
        (g, r) -> g.writeString(get.apply(r).get().toString()),
        (p, b) -> set.accept(b, Reading.partialDate(p)));
  }

  static <T, B> Field<T, B> optionalUri(
      String name, Function<T, Optional<URI>> get, BiConsumer<B, URI> set) {
    return new Field<>(
        name,
        false,
        r -> get.apply(r).isPresent(),
        (g, r) -> g.writeString(get.apply(r).get().toString()),
        (p, b) -> set.accept(b, Reading.uri(p)));
  }

  static <T, B, V> Field<T, B> object(
      String name, RecordFormat<V, ?> format, Function<T, V> get, BiConsumer<B, V> set) {
    return new Field<>(
        name,
        true,
        r -> true,
        (g, r) -> format.write(g, get.apply(r)),
        (p, b) -> set.accept(b, format.read(p)));
  }

  static <T, B, V> Field<T, B> optionalObject(
      String name, RecordFormat<V, ?> format, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
    return new Field<>(
        name,
        false,
        r -> get.apply(r).isPresent(),
        (g, r) -> format.write(g, get.apply(r).get()),
        (p, b) -> set.accept(b, format.read(p)));
  }

  /** A list of records, written only when not empty. */
  static <T, B, V> Field<T, B> list(
      String name, RecordFormat<V, ?> format, Function<T, List<V>> get, BiConsumer<B, V> add) {
    return new Field<>(
        name,
        false,
        r -> !get.apply(r).isEmpty(),
        (g, r) -> {
          List<V> values = get.apply(r);
          g.writeStartArray(values, values.size());
          for (V v : values) {
            format.write(g, v);
          }
          g.writeEndArray();
        },
        (p, b) -> {
          Reading.expect(p, JsonToken.START_ARRAY, "an array");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            add.accept(b, format.read(p));
          }
        });
  }

  /** A list of strings, written only when not empty. */
  static <T, B> Field<T, B> textList(
      String name, Function<T, List<String>> get, BiConsumer<B, String> add) {
    return new Field<>(
        name,
        false,
        r -> !get.apply(r).isEmpty(),
        (g, r) -> {
          List<String> values = get.apply(r);
          g.writeStartArray(values, values.size());
          for (String v : values) {
            g.writeString(v);
          }
          g.writeEndArray();
        },
        (p, b) -> {
          Reading.expect(p, JsonToken.START_ARRAY, "an array");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            add.accept(b, Reading.string(p));
          }
        });
  }

  /** A required whole number, such as the index of a source. */
  static <T, B> Field<T, B> integer(String name, ToIntFunction<T> get, ObjIntConsumer<B> set) {
    return new Field<>(
        name,
        true,
        r -> true,
        (g, r) -> g.writeNumber(get.applyAsInt(r)),
        (p, b) -> set.accept(b, Reading.integer(p)));
  }

  /** A term with a default, written only when it is not the default. */
  static <T, B, E extends Enum<E> & Coded> Field<T, B> codedOr(
      String name, Class<E> type, E otherwise, Function<T, E> get, BiConsumer<B, E> set) {
    return new Field<>(
        name,
        false,
        r -> get.apply(r) != otherwise,
        (g, r) -> g.writeString(get.apply(r).code()),
        (p, b) -> set.accept(b, Reading.coded(p, type)));
  }

  /** A record with a default, written only when it is not the default. */
  static <T, B, V> Field<T, B> objectOr(
      String name,
      RecordFormat<V, ?> format,
      V otherwise,
      Function<T, V> get,
      BiConsumer<B, V> set) {
    return new Field<>(
        name,
        false,
        r -> !get.apply(r).equals(otherwise),
        (g, r) -> format.write(g, get.apply(r)),
        (p, b) -> set.accept(b, format.read(p)));
  }
}
