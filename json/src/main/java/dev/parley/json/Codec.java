package dev.parley.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.parley.core.io.AtomicFile;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one read path and the one write path of every document kind, with the options of a {@link
 * ParleyJson}: {@code ParleyJson}'s public methods are one line each over these.
 */
final class Codec {
  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");

  final JsonFactory factory;
  final boolean pretty;
  final int maxLineLength;
  final int maxProblems;
  private final long maxDocumentLength;

  Codec(ParleyJsonBuilder b) {
    this.maxDocumentLength = b.maxDocumentLength;
    this.pretty = b.pretty;
    this.maxLineLength = b.maxLineLength;
    this.maxProblems = b.maxProblems;
    JsonFactoryBuilder f = (JsonFactoryBuilder) JsonFactory.builder();
    f.streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(b.maxDepth)
                .maxStringLength(b.maxStringLength)
                .maxDocumentLength(b.maxDocumentLength)
                .maxNumberLength(20)
                .build())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE);
    // Jackson 2.18 and later: a character beyond the BMP as its four UTF-8 bytes, not as an
    // escaped surrogate pair. Looked up by name, so that Jackson 2.17 loads this class too.
    for (JsonWriteFeature w : JsonWriteFeature.values()) {
      if (w.name().equals("COMBINE_UNICODE_SURROGATES_IN_UTF8")) {
        f.enable(w);
      }
    }
    this.factory = f.build();
    factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  // ---------------------------------------------------------------- writing

  /** A document written compactly or indented, pretty output ending in a newline. */
  <T> void write(Document<T> kind, T payload, JsonGenerator g) throws IOException {
    if (pretty) {
      DefaultIndenter lines = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(lines)
              .withArrayIndenter(lines));
    }
    kind.write(g, Objects.requireNonNull(payload, kind.member));
    if (pretty) {
      g.writeRaw('\n');
    }
  }

  <T> void write(Document<T> kind, T payload, OutputStream out) {
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      write(kind, payload, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  <T> void write(Document<T> kind, T payload, Writer out) {
    try (JsonGenerator g = factory.createGenerator(out)) {
      write(kind, payload, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A document as bytes. The generator writes into a buffer lent by Jackson's buffer recycler (the
   * pool whose buffers its parsers and generators share), grown when a document outgrows it and
   * handed back, larger, for the next write; the one array allocated is the result, copied at its
   * exact length.
   */
  <T> byte[] bytes(Document<T> kind, T payload) {
    BufferRecycler recycler = factory._getBufferRecycler();
    try {
      LentBuffer out = new LentBuffer(recycler);
      try {
        write(kind, payload, out);
        return out.toByteArray();
      } finally {
        out.giveBack();
      }
    } finally {
      recycler.releaseToPool();
    }
  }

  /** An output stream into a buffer lent by the recycler; one per write, never shared. */
  private static final class LentBuffer extends OutputStream {
    private static final int KIND = BufferRecycler.BYTE_WRITE_CONCAT_BUFFER;
    private static final int FIRST = 16_000;

    private final BufferRecycler recycler;
    private byte[] buffer;
    private int count;

    LentBuffer(BufferRecycler recycler) {
      this.recycler = recycler;
      this.buffer = recycler.allocByteBuffer(KIND, FIRST);
    }

    @Override
    public void write(int b) {
      room(1);
      buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      Objects.checkFromIndexSize(offset, length, bytes.length);
      room(length);
      System.arraycopy(bytes, offset, buffer, count, length);
      count += length;
    }

    private void room(int more) {
      if (more > buffer.length - count) {
        long wanted = Math.max((long) count + more, 2L * buffer.length);
        if (wanted > Integer.MAX_VALUE - 8) {
          wanted = (long) count + more;
          if (wanted > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("a document longer than a Java array");
          }
        }
        buffer = Arrays.copyOf(buffer, (int) wanted);
      }
    }

    byte[] toByteArray() {
      return Arrays.copyOf(buffer, count);
    }

    void giveBack() {
      recycler.releaseByteBuffer(KIND, buffer);
      buffer = null;
    }
  }

  /** Writes a file atomically: on failure the old file is left as it was. */
  <T> void write(Document<T> kind, T payload, Path file) {
    Objects.requireNonNull(payload, kind.member);
    AtomicFile.write(file, out -> write(kind, payload, out));
  }

  // ---------------------------------------------------------------- reading

  /** Opens a parser on some input. */
  interface Source {
    JsonParser open(JsonFactory factory) throws IOException;
  }

  /** A document in memory; its length is checked here, as not every Jackson version does. */
  Source bytes(byte[] json) {
    Objects.requireNonNull(json, "json");
    return f -> f.createParser(utf8(within(json.length, json)));
  }

  Source text(String json) {
    Objects.requireNonNull(json, "json");
    return f -> f.createParser(within(json.length(), json));
  }

  private <T> T within(long length, T json) {
    if (length > maxDocumentLength) {
      throw new ParleyJsonException(
          "$",
          1,
          1,
          "the document is "
              + length
              + " long, beyond the limit of "
              + maxDocumentLength
              + " (maxDocumentLength)",
          null);
    }
    return json;
  }

  static Source stream(InputStream json) {
    Objects.requireNonNull(json, "json");
    return f -> f.createParser(utf8(json));
  }

  /** Reads one document of the kinds: the payload, or fails with the first problem. */
  <T> T one(Source source, List<Document<?>> kinds, boolean inMemory, Class<T> type) {
    return type.cast(read(source, kinds, inMemory, Reading.Interner.forDocument(), null));
  }

  /** Reads a file of one of the kinds, closing it; the file failing is UncheckedIOException. */
  Object file(Path file, List<Document<?>> kinds, Reading.Problems problems) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(stream(in), kinds, false, Reading.Interner.forDocument(), problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one document of the given kinds, sharing values through the interner; with problems,
   * collects every problem and returns null if there was one. Problems with the content are
   * ParleyJsonException; failures of the input itself are UncheckedIOException unless the input is
   * in memory.
   */
  Object read(
      Source source,
      List<Document<?>> kinds,
      boolean inMemory,
      Reading.Interner interner,
      Reading.Problems problems) {
    JsonParser p = null;
    try {
      p = source.open(factory);
      return Document.read(new Reading(p, interner, problems), kinds);
    } catch (Reading.Broken | Reading.Full e) {
      return null;
    } catch (JsonProcessingException e) {
      return fatal(problems, translate(p, e));
    } catch (CharConversionException e) {
      return fatal(problems, new ParleyJsonException("$", 1, 1, "the document is not UTF-8", e));
    } catch (ParleyJsonException e) {
      return fatal(problems, e);
    } catch (IOException e) {
      if (inMemory) {
        return fatal(problems, new ParleyJsonException("$", 1, 1, "cannot be read: " + e, e));
      }
      throw new UncheckedIOException(e);
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (IOException e) {
          // Closing an in-memory or caller-owned source: nothing left to report.
        }
      }
    }
  }

  private static Object fatal(Reading.Problems problems, ParleyJsonException e) {
    if (problems == null) {
      throw e;
    }
    problems.add(e);
    return null;
  }

  /** The parser's message without its internals: no source description, at most 300 chars. */
  static ParleyJsonException translate(JsonParser p, JsonProcessingException e) {
    String message = SOURCE.matcher(e.getOriginalMessage()).replaceAll("line $1, column $2");
    if (message.length() > 300) {
      message = message.substring(0, 300) + "... (cut)";
    }
    return Reading.failAt(
        p == null ? "$" : Reading.path(p.getParsingContext()),
        e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentLocation(),
        "malformed JSON: " + message,
        e);
  }

  /** Refuses bytes that are UTF-16 or UTF-32 rather than UTF-8. */
  static byte[] utf8(byte[] bytes) {
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        throw new ParleyJsonException(
            "$", 1, 1, "the document is not UTF-8 (it looks like UTF-16 or UTF-32)", null);
      }
    }
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new ParleyJsonException(
          "$", 1, 1, "the document is not UTF-8 (it starts with a UTF-16 byte order mark)", null);
    }
    return bytes;
  }

  private static InputStream utf8(InputStream in) throws IOException {
    PushbackInputStream peek = new PushbackInputStream(in, 4);
    byte[] head = new byte[4];
    int n = peek.readNBytes(head, 0, 4);
    byte[] start = Arrays.copyOf(head, n);
    utf8(start);
    peek.unread(start);
    return peek;
  }
}
