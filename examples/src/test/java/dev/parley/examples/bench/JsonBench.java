package dev.parley.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.model.Session;
import dev.parley.json.ParleyJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading and writing a folder of {@value #DOCUMENTS} session documents, one document at a time, as
 * a user reads a folder of releases or the lines of a JSON Lines file, three ways on the same
 * bytes: Parley, plain Jackson databind into equivalent records, and the streaming floor. One
 * operation is the whole folder (one to ten milliseconds), so a score is many operations and the
 * collector's work is spread evenly over them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBench {
  /** The number of documents one operation reads or writes. */
  static final int DOCUMENTS = 64;

  private static final ParleyJson JSON = ParleyJson.defaults();
  private final ObjectMapper mapper = Records.mapper();
  private List<Session> sessions;
  private byte[][] bytes;
  private Records.Document[] records;
  private List<List<Floor.Event>> events;

  /** Builds the sessions and their documents once. */
  @Setup
  public void setUp() throws IOException {
    sessions = new RealisticSessions(42).sessions(DOCUMENTS);
    bytes = new byte[DOCUMENTS][];
    records = new Records.Document[DOCUMENTS];
    events = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      bytes[i] = JSON.writeBytes(sessions.get(i));
      records[i] = mapper.readValue(bytes[i], Records.Document.class);
      events.add(Floor.events(bytes[i]));
    }
  }

  /** Parley reads and validates every record of every document. */
  @Benchmark
  public void readParley(Blackhole out) {
    for (byte[] b : bytes) {
      out.consume(JSON.readSession(b));
    }
  }

  /** Jackson databind into plain records, no validation. */
  @Benchmark
  public void readRecords(Blackhole out) throws IOException {
    for (byte[] b : bytes) {
      out.consume(mapper.readValue(b, Records.Document.class));
    }
  }

  /** The streaming parser walking every token. */
  @Benchmark
  public void readFloor(Blackhole out) throws IOException {
    for (byte[] b : bytes) {
      out.consume(Floor.read(b));
    }
  }

  /** Parley writes the canonical documents. */
  @Benchmark
  public void writeParley(Blackhole out) {
    for (Session s : sessions) {
      out.consume(JSON.writeBytes(s));
    }
  }

  /** Jackson databind writes the records. */
  @Benchmark
  public void writeRecords(Blackhole out) throws IOException {
    for (Records.Document r : records) {
      out.consume(mapper.writeValueAsBytes(r));
    }
  }

  /** The streaming generator writing the same members from prepared events. */
  @Benchmark
  public void writeFloor(Blackhole out) throws IOException {
    for (List<Floor.Event> e : events) {
      out.consume(Floor.write(e));
    }
  }
}
