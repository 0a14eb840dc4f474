package dev.parley.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

/**
 * How one member of a record is written and read: the record's accessor, the member's {@link Value
 * kind} and the builder's setter, called in the one way the member's shape asks for.
 *
 * <p>Every member of every record runs this same code, so a JIT that profiled it once would see
 * dozens of accessors, kinds and setters at each call and inline none of them: each {@link
 * Optional} an accessor returns would be allocated, each call dispatched through a megamorphic
 * call. So each member gets a copy of this class of its own, defined once when the formats are
 * declared as a hidden class from this class's bytes ({@link
 * MethodHandles.Lookup#defineHiddenClass}): its calls see one accessor, one kind and one setter,
 * which the JIT inlines, and an optional value written is never allocated. Where hidden classes
 * cannot be defined, the members share this class and behave the same, only slower. {@link
 * Member#code} makes the copies; this class therefore has no static state and no nested class,
 * which each copy would repeat.
 */
final class MemberCode extends Member.Code {
  /** A value always written. */
  static final int REQUIRED = 0;

  /** An {@link Optional} value, left out when absent. */
  static final int OPTIONAL = 1;

  /** An {@link OptionalInt} value, left out when absent. */
  static final int OPTIONAL_INT = 2;

  /** A list, left out when empty. */
  static final int LIST = 3;

  private final int shape;
  private final boolean plain;
  private final Value<Object> kind;
  private final Function<Object, Object> get;
  private final BiConsumer<Object, Object> set;
  private final ObjIntConsumer<Object> setInt;
  private final Member.Element<Object, Object> add;

  /**
   * The code of a member of this shape; a null {@code set} with a non-null {@code add} hands each
   * value read to {@code add}, which the reading context sees too.
   */
  MemberCode(
      int shape,
      Value<Object> kind,
      Function<Object, Object> get,
      BiConsumer<Object, Object> set,
      ObjIntConsumer<Object> setInt,
      Member.Element<Object, Object> add) {
    this.shape = shape;
    this.plain = kind.isPlainString();
    this.kind = kind;
    this.get = get;
    this.set = set;
    this.setInt = setInt;
    this.add = add;
  }

  @Override
  void write(JsonGenerator g, SerializableString name, Object record) throws IOException {
    switch (shape) {
      case REQUIRED:
        g.writeFieldName(name);
        writeValue(g, get.apply(record));
        return;
      case OPTIONAL:
        Optional<?> value = (Optional<?>) get.apply(record);
        if (value.isPresent()) {
          g.writeFieldName(name);
          writeValue(g, value.get());
        }
        return;
      case OPTIONAL_INT:
        OptionalInt number = (OptionalInt) get.apply(record);
        if (number.isPresent()) {
          g.writeFieldName(name);
          g.writeNumber(number.getAsInt());
        }
        return;
      default:
        writeList(g, name, (List<?>) get.apply(record));
    }
  }

  private void writeValue(JsonGenerator g, Object value) throws IOException {
    if (plain) {
      g.writeString((String) value);
    } else {
      kind.write(g, value);
    }
  }

  private void writeList(JsonGenerator g, SerializableString name, List<?> values)
      throws IOException {
    int size = values.size();
    if (size == 0) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray(values, size);
    if (values instanceof RandomAccess) {
      for (int i = 0; i < size; i++) {
        writeValue(g, values.get(i));
      }
    } else {
      for (Object v : values) {
        writeValue(g, v);
      }
    }
    g.writeEndArray();
  }

  @Override
  void read(Reading r, Object builder) throws IOException {
    switch (shape) {
      case OPTIONAL_INT:
        setInt.accept(builder, r.integer());
        return;
      case LIST:
        readList(r, builder);
        return;
      default:
        take(r, builder, kind.read(r));
    }
  }

  private void take(Reading r, Object builder, Object value) {
    if (set != null) {
      set.accept(builder, value);
    } else {
      add.accept(r, builder, value);
    }
  }

  private void readList(Reading r, Object builder) throws IOException {
    r.expect(JsonToken.START_ARRAY, "an array");
    boolean broken = false;
    while (r.parser().nextToken() != JsonToken.END_ARRAY) {
      try {
        take(r, builder, kind.read(r));
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
  }
}
