package dev.parley.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.model.Coded;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Party;
import dev.parley.core.model.Rules;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The kind of a member's value: how it is written, how it is read, what the JSON Schema says of it
 * and how the README's member tables name it. Reading and writing are direct calls: no reflection.
 *
 * @param <V> the Java type of the value
 */
abstract class Value<V> {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Writes the value, the generator positioned where a value goes. */
  abstract void write(JsonGenerator g, V value) throws IOException;

  /** Reads the value, the parser on its first token; leaves the parser on its last token. */
  abstract V read(Reading r) throws IOException;

  /** The value's schema: a {@code $ref} to a definition or an inline schema. */
  abstract ObjectNode schema();

  /** The value as the README's member tables name it, such as {@code text} or {@code Party}. */
  abstract String words();

  /**
   * Whether the value is a string written as it is, so that a member can write it without a call
   * through this kind.
   */
  boolean isPlainString() {
    return false;
  }

  /** The record format behind this value, if it is a record; null for scalars. */
  RecordFormat<?, ?> record() {
    return null;
  }

  static ObjectNode ref(String definition) {
    return NODES.objectNode().put("$ref", "#/$defs/" + definition);
  }

  /** The definitions that {@link #ref} names for scalar kinds, in the order the schema gives. */
  static ObjectNode scalarDefinitions() {
    ObjectNode defs = NODES.objectNode();
    defs.set(
        "text",
        NODES
            .objectNode()
            .put("type", "string")
            .put("minLength", 1)
            .put("pattern", Rules.TEXT_PATTERN));
    defs.set(
        "slug",
        NODES
            .objectNode()
            .put("type", "string")
            .put("maxLength", Rules.SLUG_MAX_LENGTH)
            .put("pattern", Rules.SLUG_PATTERN));
    defs.set(
        "partyCode",
        ref("slug")
            .put(
                "description",
                "The code of a party declared in the session: one of the dialogue's parties or of"
                    + " the session's other parties."));
    defs.set(
        "positive",
        NODES
            .objectNode()
            .put("type", "integer")
            .put("minimum", 1)
            .put("maximum", Integer.MAX_VALUE));
    defs.set(
        "date",
        NODES
            .objectNode()
            .put("type", "string")
            .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
            .put("description", "ISO-8601 calendar date."));
    defs.set(
        "partialDate",
        NODES
            .objectNode()
            .put("type", "string")
            .put("pattern", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
            .put(
                "description",
                "YYYY, YYYY-MM or YYYY-MM-DD: a date known to the year, month or day."));
    return defs;
  }

  /** A string value. */
  private static Value<String> string(String definition, String words) {
    return new Value<>() {
      @Override
      void write(JsonGenerator g, String value) throws IOException {
        g.writeString(value);
      }

      @Override
      String read(Reading r) throws IOException {
        return r.string();
      }

      @Override
      boolean isPlainString() {
        return true;
      }

      @Override
      ObjectNode schema() {
        return ref(definition);
      }

      @Override
      String words() {
        return words;
      }
    };
  }

  /** Published text: not blank, no white space at either end ({@link Rules#isText}). */
  static final Value<String> TEXT = string("text", "text");

  /** A slug ({@link Rules#isSlug}). */
  static final Value<String> SLUG = string("slug", "slug");

  /** A word without white space, such as an acronym. */
  static final Value<String> WORD =
      new Value<>() {
        @Override
        void write(JsonGenerator g, String value) throws IOException {
          g.writeString(value);
        }

        @Override
        String read(Reading r) throws IOException {
          return r.string();
        }

        @Override
        boolean isPlainString() {
          return true;
        }

        @Override
        ObjectNode schema() {
          return NODES.objectNode().put("type", "string").put("pattern", "^\\S+$");
        }

        @Override
        String words() {
          return "word (no white space)";
        }
      };

  /** A whole number of at least 1. */
  static final Value<Integer> POSITIVE =
      new Value<>() {
        @Override
        void write(JsonGenerator g, Integer value) throws IOException {
          g.writeNumber(value);
        }

        @Override
        Integer read(Reading r) throws IOException {
          return r.integer();
        }

        @Override
        ObjectNode schema() {
          return ref("positive");
        }

        @Override
        String words() {
          return "whole number, at least 1";
        }
      };

  /** A whole number of at least 0, for figures such as counts. */
  static final Value<Integer> COUNT =
      new Value<>() {
        @Override
        void write(JsonGenerator g, Integer value) throws IOException {
          g.writeNumber(value);
        }

        @Override
        Integer read(Reading r) throws IOException {
          return r.integer();
        }

        @Override
        ObjectNode schema() {
          return NODES.objectNode().put("type", "integer").put("minimum", 0);
        }

        @Override
        String words() {
          return "whole number, at least 0";
        }
      };

  /** A flag, written only when true. */
  static final Value<Boolean> TRUE =
      new Value<>() {
        @Override
        void write(JsonGenerator g, Boolean value) throws IOException {
          g.writeBoolean(value);
        }

        @Override
        Boolean read(Reading r) throws IOException {
          return r.bool();
        }

        @Override
        ObjectNode schema() {
          return NODES.objectNode().put("const", true);
        }

        @Override
        String words() {
          return "`true` (left out when false)";
        }
      };

  private abstract static class Textual<V> extends Value<V> {
    private final String definition;
    private final String words;

    Textual(String definition, String words) {
      this.definition = definition;
      this.words = words;
    }

    @Override
    void write(JsonGenerator g, V value) throws IOException {
      g.writeString(value.toString());
    }

    @Override
    ObjectNode schema() {
      return ref(definition);
    }

    @Override
    String words() {
      return words;
    }
  }

  /** A calendar date, {@code 2020-09-25}. */
  static final Value<LocalDate> DATE =
      new Textual<>("date", "date (YYYY-MM-DD)") {
        @Override
        LocalDate read(Reading r) throws IOException {
          return r.localDate();
        }
      };

  /** A date known to the year, month or day. */
  static final Value<PartialDate> PARTIAL_DATE =
      new Textual<>("partialDate", "date (YYYY, YYYY-MM or YYYY-MM-DD)") {
        @Override
        PartialDate read(Reading r) throws IOException {
          return r.partialDate();
        }
      };

  /** An absolute URI. */
  static final Value<URI> URI_VALUE =
      new Textual<>("uri", "URI") {
        @Override
        URI read(Reading r) throws IOException {
          return r.uri();
        }

        @Override
        ObjectNode schema() {
          return NODES.objectNode().put("type", "string").put("format", "uri");
        }
      };

  /** One code of a closed vocabulary, such as {@code agreed-to-cooperate}. */
  static <E extends Enum<E> & Coded> Value<E> codes(Class<E> type) {
    E[] constants = type.getEnumConstants();
    SerializedString[] encoded = new SerializedString[constants.length];
    for (E e : constants) {
      encoded[e.ordinal()] = new SerializedString(e.code());
    }
    return new Value<>() {
      @Override
      void write(JsonGenerator g, E value) throws IOException {
        g.writeString(encoded[value.ordinal()]);
      }

      @Override
      E read(Reading r) throws IOException {
        return r.coded(type, constants);
      }

      @Override
      ObjectNode schema() {
        ObjectNode s = NODES.objectNode();
        var list = s.putArray("enum");
        for (E e : type.getEnumConstants()) {
          list.add(e.code());
        }
        return s;
      }

      @Override
      String words() {
        StringBuilder b = new StringBuilder("one of ");
        E[] all = type.getEnumConstants();
        for (int i = 0; i < all.length; i++) {
          b.append(i == 0 ? "" : ", ").append('`').append(all[i].code()).append('`');
        }
        return b.toString();
      }
    };
  }

  /** A value written as a string computed from it, never read (for output-only documents). */
  static <V> Value<V> asText(Value<String> kind, Function<V, String> text) {
    return new Value<>() {
      @Override
      void write(JsonGenerator g, V value) throws IOException {
        kind.write(g, text.apply(value));
      }

      @Override
      V read(Reading r) {
        throw new UnsupportedOperationException("an output-only value");
      }

      @Override
      ObjectNode schema() {
        return kind.schema();
      }

      @Override
      String words() {
        return kind.words();
      }
    };
  }

  /**
   * A party by its code: in format 2, {@code "jp"}, resolved against the parties the session
   * declares; in format 1, the whole party object.
   */
  static final Value<Party> PARTY_CODE =
      new Value<>() {
        @Override
        void write(JsonGenerator g, Party value) throws IOException {
          g.writeString(value.code());
        }

        @Override
        Party read(Reading r) throws IOException {
          if (r.major() == 1) {
            return Declarations.PARTY.read(r);
          }
          return r.party(r.string());
        }

        @Override
        ObjectNode schema() {
          return ref("partyCode");
        }

        @Override
        String words() {
          return "party code";
        }
      };
}
