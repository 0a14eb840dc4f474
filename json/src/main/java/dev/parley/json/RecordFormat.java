package dev.parley.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.model.InvalidRecordException;
import dev.parley.core.topic.TopicSchemeException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * How one record type is written and read as a JSON object: its members in their fixed order, the
 * one declaration from which the writer, the reader, the JSON Schema and the README's member tables
 * follow. Writing omits absent values, empty lists and false flags; reading rejects unknown and
 * duplicate members, reports missing required ones, and keeps the model's message when the record
 * breaks a rule.
 *
 * @param <T> the record type
 * @param <B> its builder
 */
final class RecordFormat<T, B> extends Value<T> {
  final String type;
  final String description;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  final List<Member<T, B>> members;
  private final Map<String, Integer> index = new HashMap<>();
  private final String memberList;
  private final String expected;

  /** The members as an array and their names encoded once, for the writer's loop. */
  private final Member<T, B>[] order;

  private final SerializedString[] names;

  /** The required members, one bit each by index. */
  private final long required;

  private final boolean intern;
  private final ObjectNode extra;

  private RecordFormat(
      String type,
      String description,
      boolean intern,
      Supplier<B> builder,
      Function<B, T> build,
      List<Member<T, B>> members,
      ObjectNode extra) {
    if (members.size() > 63) {
      throw new IllegalArgumentException(type + " has more than 63 members");
    }
    this.type = type;
    this.description = description;
    this.intern = intern;
    this.builder = builder;
    this.build = build;
    this.members = List.copyOf(members);
    for (int i = 0; i < members.size(); i++) {
      index.put(members.get(i).name, i);
    }
    this.expected = "an object (" + type + ")";
    this.memberList = this.members.stream().map(f -> f.name).collect(Collectors.joining(", "));
    @SuppressWarnings("unchecked")
    Member<T, B>[] array = this.members.toArray(new Member[0]);
    this.order = array;
    long mask = 0;
    for (int i = 0; i < order.length; i++) {
      mask |= order[i].required ? 1L << i : 0;
    }
    this.required = mask;
    this.names = new SerializedString[order.length];
    for (int i = 0; i < order.length; i++) {
      names[i] = new SerializedString(this.members.get(i).name);
    }
    this.extra = extra;
  }

  /** A record read with its builder. */
  @SafeVarargs
  static <T, B> RecordFormat<T, B> of(
      String type,
      String description,
      Supplier<B> builder,
      Function<B, T> build,
      Member<T, B>... members) {
    return new RecordFormat<>(
        type, description, false, builder, build, List.of(members), NODES.objectNode());
  }

  /** A record only written, never read: the output documents (diffs, timelines). */
  @SafeVarargs
  static <T> RecordFormat<T, Void> output(
      String type, String description, Member<T, Void>... members) {
    return new RecordFormat<>(
        type, description, false, null, null, List.of(members), NODES.objectNode());
  }

  /**
   * This format with equal values read as one shared instance (per read): parties, organizations,
   * dialogues and places recur in every session, and sharing them saves memory.
   */
  RecordFormat<T, B> shared() {
    return new RecordFormat<>(type, description, true, builder, build, members, extra);
  }

  /** This format with a schema keyword on top of the members, such as {@code minProperties}. */
  RecordFormat<T, B> withSchema(String keyword, Object value) {
    ObjectNode more = extra.deepCopy();
    if (value instanceof Integer) {
      more.put(keyword, (Integer) value);
    } else if (value instanceof String[]) {
      ArrayNode any = more.putArray(keyword);
      for (String name : (String[]) value) {
        any.addObject().putArray("required").add(name);
      }
    }
    return new RecordFormat<>(type, description, intern, builder, build, members, more);
  }

  ObjectNode extraSchema() {
    return extra;
  }

  /** The name of the record's definition in the schema: {@code agendaItem}. */
  String definition() {
    return Character.toLowerCase(type.charAt(0)) + type.substring(1);
  }

  @Override
  RecordFormat<?, ?> record() {
    return this;
  }

  @Override
  ObjectNode schema() {
    return ref(definition());
  }

  @Override
  String words() {
    return type;
  }

  @Override
  void write(JsonGenerator g, T record) throws IOException {
    g.writeStartObject();
    for (int i = 0; i < order.length; i++) {
      order[i].code.write(g, names[i], record);
    }
    g.writeEndObject();
  }

  /**
   * The index of the member with this name, or -1. Jackson interns member names, and documents list
   * members in their declared order, so an identity check over the members after the one read last
   * usually finds it without hashing; otherwise the index is asked.
   */
  private int indexOf(String name, int from) {
    for (int i = from; i < order.length; i++) {
      if (order[i].name == name) {
        return i;
      }
    }
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /**
   * Reads the object the parser is on; leaves the parser on its {@code END_OBJECT}. When the read
   * collects problems, a record with a problem is not built and {@link Reading.Broken} is thrown
   * once the whole object has been read.
   */
  @Override
  T read(Reading r) throws IOException {
    if (builder == null) {
      throw new UnsupportedOperationException(type + " is only written");
    }
    JsonParser p = r.parser();
    r.expect(JsonToken.START_OBJECT, expected);
    long start = r.tokenStart();
    JsonStreamContext inside = p.getParsingContext();
    B b = builder.get();
    long seen = 0;
    boolean broken = false;
    int next = 0;
    while (true) {
      // Documents list members in their declared order: the parser first compares the next
      // member's encoded name with the input's bytes, and only looks the name up when it differs.
      int i;
      String name;
      if (next < order.length && p.nextFieldName(names[next])) {
        i = next;
        name = order[i].name;
      } else {
        if (next >= order.length) {
          p.nextToken();
        }
        if (p.currentToken() == JsonToken.END_OBJECT) {
          break;
        }
        name = p.currentName();
        i = indexOf(name, next);
      }
      next = i + 1;
      if (i < 0 || (seen & (1L << i)) != 0) {
        r.report(
            r.fail(i < 0 ? unknown(r, name) : "member \"" + name + "\" appears more than once"));
        p.nextToken();
        p.skipChildren();
        broken = true;
        continue;
      }
      seen |= 1L << i;
      p.nextToken();
      try {
        order[i].code.read(r, b);
      } catch (Reading.Broken e) {
        broken = true;
      } catch (ParleyJsonException e) {
        r.report(e);
        while (p.getParsingContext() != inside && p.nextToken() != null) {
          // Skip the rest of the value that failed.
        }
        broken = true;
      }
    }
    for (int i = 0; (required & ~seen) != 0 && i < order.length; i++) {
      if (order[i].required && (seen & (1L << i)) == 0) {
        r.report(
            Reading.failAt(
                Reading.path(p.getParsingContext()),
                start,
                "missing required member \"" + members.get(i).name + "\" in " + type,
                null));
        broken = true;
      }
    }
    if (broken) {
      throw Reading.Broken.INSTANCE;
    }
    try {
      T value = build.apply(b);
      return intern ? r.intern(value) : value;
    } catch (InvalidRecordException e) {
      r.report(Reading.invalid(Reading.path(p.getParsingContext()), start, e));
    } catch (TopicSchemeException e) {
      r.report(Reading.failAt(Reading.path(p.getParsingContext()), start, e.getMessage(), e));
    }
    throw Reading.Broken.INSTANCE;
  }

  private String unknown(Reading r, String name) {
    String problem = "unknown member " + Reading.quote(name) + " in " + type;
    if (r.newerMinor()) {
      return problem
          + ": the document is format "
          + r.version()
          + ", newer than the format "
          + (r.major() == 1 ? "1.0" : Document.VERSION)
          + " this library reads; upgrade Parley to read it";
    }
    return problem + "; its members are " + memberList;
  }
}
