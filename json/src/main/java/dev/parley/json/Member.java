package dev.parley.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
   * How a member is written and read: {@link MemberCode} or a copy of it. An abstract class rather
   * than interfaces, so that the formats' loops, which call every member's code from one place,
   * dispatch through the class's method table in a few loads instead of searching an interface
   * table at each call.
   */
  abstract static class Code {
    /**
     * Writes the member, its name and its value, if the record has a value for it: one call per
     * member and record, which reads the record's value once.
     */
    abstract void write(JsonGenerator g, SerializableString name, Object record) throws IOException;

    /** Reads the member's value, the parser on its first token, into a builder. */
    abstract void read(Reading r, Object builder) throws IOException;
  }

  final String name;
  final boolean required;
  final Value<?> kind;
  final boolean list;
  final int minItems;
  final boolean uniqueItems;
  final Code code;

  /** The format version that added the member, as {@code major * 1000 + minor}. */
  final int since;

  private Member(
      String name,
      boolean required,
      Value<?> kind,
      boolean list,
      int minItems,
      boolean uniqueItems,
      Code code,
      int since) {
    this.name = name;
    this.required = required;
    this.kind = kind;
    this.list = list;
    this.minItems = minItems;
    this.uniqueItems = uniqueItems;
    this.code = code;
    this.since = since;
  }

  /**
   * This member as added by a later minor version of the format, such as {@code since(2, 1)}: the
   * version written becomes the highest of all members, and a reader of an older minor version
   * refuses the member naming both versions.
   */
  Member<T, B> since(int major, int minor) {
    return new Member<>(
        name, required, kind, list, minItems, uniqueItems, code, major * 1000 + minor);
  }

  /** This list member with at least {@code min} elements when present. */
  Member<T, B> atLeast(int min) {
    return new Member<>(name, required, kind, list, min, uniqueItems, code, since);
  }

  /** This list member with distinct elements. */
  Member<T, B> distinct() {
    return new Member<>(name, required, kind, list, minItems, true, code, since);
  }

  /** This list member as required (written even when empty is impossible: the model forbids it). */
  Member<T, B> required() {
    return new Member<>(name, true, kind, list, minItems, uniqueItems, code, since);
  }

  /** A required value. */
  static <T, B, V> Member<T, B> required(
      String name, Value<V> kind, Function<T, V> get, BiConsumer<B, V> set) {
    return coded(name, true, kind, false, 0, code(MemberCode.REQUIRED, kind, get, set, null, null));
  }

  /** A required value that the reading context sees too, such as a session's dialogue. */
  static <T, B, V> Member<T, B> required(
      String name, Value<V> kind, Function<T, V> get, Element<B, V> set) {
    return coded(name, true, kind, false, 0, code(MemberCode.REQUIRED, kind, get, null, null, set));
  }

  /** An optional value, left out when absent. */
  static <T, B, V> Member<T, B> optional(
      String name, Value<V> kind, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
    return coded(
        name, false, kind, false, 0, code(MemberCode.OPTIONAL, kind, get, set, null, null));
  }

  /** An optional whole number, left out when absent. */
  static <T, B> Member<T, B> optionalInt(
      String name, Value<Integer> kind, Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
    return coded(
        name, false, kind, false, 0, code(MemberCode.OPTIONAL_INT, kind, get, null, set, null));
  }

  /** A required whole number of an output-only record. */
  static <T, B> Member<T, B> number(String name, Value<Integer> kind, ToIntFunction<T> get) {
    @SuppressWarnings("unchecked")
    ToIntFunction<Object> of = (ToIntFunction<Object>) get;
    Code code =
        new Code() {
          @Override
          void write(JsonGenerator g, SerializableString n, Object record) throws IOException {
            g.writeFieldName(n);
            g.writeNumber(of.applyAsInt(record));
          }

          @Override
          void read(Reading r, Object builder) {
            throw new UnsupportedOperationException(name + " is only written");
          }
        };
    return new Member<>(name, true, kind, false, 0, false, code, 2000);
  }

  /** A flag, written only when true. */
  static <T, B> Member<T, B> flag(String name, Predicate<T> get, BiConsumer<B, Boolean> set) {
    @SuppressWarnings("unchecked")
    Predicate<Object> test = (Predicate<Object>) get;
    @SuppressWarnings("unchecked")
    BiConsumer<Object, Boolean> put = (BiConsumer<Object, Boolean>) set;
    Code code =
        new Code() {
          @Override
          void write(JsonGenerator g, SerializableString n, Object record) throws IOException {
            if (test.test(record)) {
              g.writeFieldName(n);
              g.writeBoolean(true);
            }
          }

          @Override
          void read(Reading r, Object builder) throws IOException {
            put.accept(builder, r.bool());
          }
        };
    return new Member<>(name, false, Value.TRUE, false, 0, false, code, 2000);
  }

  /** A list, left out when empty; each element is read and passed to {@code add}. */
  static <T, B, V> Member<T, B> list(
      String name, Value<V> kind, Function<T, List<V>> get, BiConsumer<B, V> add) {
    return coded(name, false, kind, true, 1, code(MemberCode.LIST, kind, get, add, null, null));
  }

  /** What a list member does with each element read: add it, or declare it, or both. */
  interface Element<B, V> {
    void accept(Reading r, B builder, V value);
  }

  /** A list, left out when empty, whose elements the reading context also sees. */
  static <T, B, V> Member<T, B> listOf(
      String name, Value<V> kind, Function<T, List<V>> get, Element<B, V> add) {
    return coded(name, false, kind, true, 1, code(MemberCode.LIST, kind, get, null, null, add));
  }

  // ---------------------------------------------------------------- one copy per member

  private static final MethodType CODE_CONSTRUCTOR =
      MethodType.methodType(
          void.class,
          int.class,
          Value.class,
          Function.class,
          BiConsumer.class,
          ObjIntConsumer.class,
          Element.class);

  /** The bytes of {@link MemberCode}, read once, or null if the class file cannot be read. */
  private static final byte[] CODE_BYTES = codeBytes();

  private static byte[] codeBytes() {
    try (InputStream in = MemberCode.class.getResourceAsStream("MemberCode.class")) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The code of one member, in a copy of {@link MemberCode} of its own when the JVM can define one,
   * so that the JIT profiles and inlines each member's accessor, kind and setter apart; else the
   * shared class, which behaves the same. A setter {@code set} or {@code setInt}, or else {@code
   * add}, receives the values read.
   */
  @SuppressWarnings("unchecked")
  private static Object code(
      int shape,
      Value<?> kind,
      Function<?, ?> get,
      BiConsumer<?, ?> set,
      ObjIntConsumer<?> setInt,
      Element<?, ?> add) {
    if (CODE_BYTES != null) {
      try {
        MethodHandles.Lookup copy = MethodHandles.lookup().defineHiddenClass(CODE_BYTES, true);
        return copy.findConstructor(copy.lookupClass(), CODE_CONSTRUCTOR)
            .invoke(shape, kind, get, set, setInt, add);
      } catch (LinkageError
          | ReflectiveOperationException
          | IllegalArgumentException
          | SecurityException
          | UnsupportedOperationException e) {
        // The shared class below does the same.
      } catch (Throwable e) {
        throw new IllegalStateException("cannot make the code of a member", e);
      }
    }
    return new MemberCode(
        shape,
        (Value<Object>) kind,
        (Function<Object, Object>) get,
        (BiConsumer<Object, Object>) set,
        (ObjIntConsumer<Object>) setInt,
        (Element<Object, Object>) add);
  }

  /** A member whose writer and reader are one {@link #code}. */
  @SuppressWarnings("unchecked")
  private static <T, B> Member<T, B> coded(
      String name, boolean required, Value<?> kind, boolean list, int minItems, Object code) {
    return new Member<>(name, required, kind, list, minItems, false, (Code) code, 2000);
  }
}
