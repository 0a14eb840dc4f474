package dev.parley.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.parley.core.model.Coded;
import dev.parley.core.model.InvalidRecordException;
import dev.parley.core.model.PartialDate;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

/** Reading scalar values from a parser, and turning every problem into a located exception. */
final class Reading {
  private Reading() {}

  static ParleyJsonException fail(JsonParser p, String problem) {
    return failAt(path(p.getParsingContext()), p.currentTokenLocation(), problem, null);
  }

  static ParleyJsonException failAt(
      String path, JsonLocation where, String problem, Throwable cause) {
    int line = where == null ? -1 : where.getLineNr();
    int column = where == null ? -1 : where.getColumnNr();
    return new ParleyJsonException(path, line, column, problem, cause);
  }

  /** A record's rule was broken: keep the model's message, point at the record and the field. */
  static ParleyJsonException invalid(String path, JsonLocation start, InvalidRecordException e) {
    return failAt(path + "." + e.field(), start, e.getMessage(), e);
  }

  /** The JSON path of the parser's current position: {@code $.session.segments[1].title}. */
  static String path(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.push("." + c.getCurrentName());
      }
    }
    StringBuilder path = new StringBuilder("$");
    parts.forEach(path::append);
    return path.toString();
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "a whole number";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  /** Fails unless the current token is {@code expected}; names what was found instead. */
  static void expect(JsonParser p, JsonToken expected, String what) {
    JsonToken t = p.currentToken();
    if (t == expected) {
      return;
    }
    if (t == JsonToken.VALUE_NULL) {
      throw fail(p, "null is not allowed here; expected " + what + " (leave optional members out)");
    }
    throw fail(p, "expected " + what + ", found " + describe(t));
  }

  static String string(JsonParser p) throws IOException {
    expect(p, JsonToken.VALUE_STRING, "a string");
    return p.getText();
  }

  static int integer(JsonParser p) throws IOException {
    expect(p, JsonToken.VALUE_NUMBER_INT, "a whole number");
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw fail(p, "number " + p.getText() + " is out of range");
    }
    return p.getIntValue();
  }

  static boolean bool(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    expect(p, JsonToken.VALUE_TRUE, "true or false");
    return false;
  }

  static LocalDate localDate(JsonParser p) throws IOException {
    String text = string(p);
    if (text.length() != 10) {
      throw fail(p, "date \"" + text + "\" is not of the form YYYY-MM-DD");
    }
    try {
      PartialDate d = PartialDate.parse(text);
      return d.toLocalDate().orElseThrow();
    } catch (InvalidRecordException e) {
      throw fail(p, e.rule());
    }
  }

  static PartialDate partialDate(JsonParser p) throws IOException {
    String text = string(p);
    try {
      return PartialDate.parse(text);
    } catch (InvalidRecordException e) {
      throw fail(p, e.rule());
    }
  }

  static URI uri(JsonParser p) throws IOException {
    String text = string(p);
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw fail(p, "\"" + text + "\" is not a URI: " + e.getReason());
    }
  }

  static <E extends Enum<E> & Coded> E coded(JsonParser p, Class<E> type) throws IOException {
    String code = string(p);
    try {
      return Coded.parse(type, code);
    } catch (IllegalArgumentException e) {
      throw fail(p, e.getMessage());
    }
  }
}
