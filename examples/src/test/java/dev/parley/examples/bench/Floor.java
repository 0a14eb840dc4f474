package dev.parley.examples.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor under any JSON reader and writer on this stack: Jackson's streaming parser walking
 * every token of the same bytes (reading every string and number), and its streaming generator
 * writing the same members from a prepared list of events, with no objects to traverse.
 */
final class Floor {
  private static final JsonFactory FACTORY = new JsonFactory();

  private Floor() {}

  /** Walks every token, materializing strings and numbers as a reader must. */
  static long read(byte[] json) throws IOException {
    long sum = 0;
    try (JsonParser p = FACTORY.createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case FIELD_NAME:
          case VALUE_STRING:
            sum += p.getText().length();
            break;
          case VALUE_NUMBER_INT:
            sum += p.getIntValue();
            break;
          default:
            sum++;
        }
      }
    }
    return sum;
  }

  /** One event of a document: a token and its text, if any. */
  record Event(JsonToken token, String text, int number) {}

  static List<Event> events(byte[] json) throws IOException {
    List<Event> events = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case FIELD_NAME:
          case VALUE_STRING:
            events.add(new Event(t, p.getText(), 0));
            break;
          case VALUE_NUMBER_INT:
            events.add(new Event(t, null, p.getIntValue()));
            break;
          default:
            events.add(new Event(t, null, 0));
        }
      }
    }
    return events;
  }

  /**
   * Writes the events as UTF-8 JSON into a byte array, with the recycled buffers that databind's
   * {@code writeValueAsBytes} uses too.
   */
  static byte[] write(List<Event> events) throws IOException {
    ByteArrayBuilder out = new ByteArrayBuilder(FACTORY._getBufferRecycler());
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      for (Event e : events) {
        switch (e.token()) {
          case START_OBJECT:
            g.writeStartObject();
            break;
          case END_OBJECT:
            g.writeEndObject();
            break;
          case START_ARRAY:
            g.writeStartArray();
            break;
          case END_ARRAY:
            g.writeEndArray();
            break;
          case FIELD_NAME:
            g.writeFieldName(e.text());
            break;
          case VALUE_STRING:
            g.writeString(e.text());
            break;
          case VALUE_NUMBER_INT:
            g.writeNumber(e.number());
            break;
          case VALUE_TRUE:
            g.writeBoolean(true);
            break;
          case VALUE_FALSE:
            g.writeBoolean(false);
            break;
          default:
            g.writeNull();
        }
      }
    }
    byte[] result = out.toByteArray();
    out.release();
    return result;
  }
}
