package dev.parley.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.model.DialogueHistory;
import dev.parley.json.ParleyJson;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and writing a 10,000-session history document three ways on the same bytes: Parley, plain
 * Jackson databind into equivalent records, and the streaming floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonBench {
  private static final ParleyJson JSON = ParleyJson.defaults();
  private final ObjectMapper mapper = Records.mapper();
  private DialogueHistory history;
  private byte[] bytes;
  private Records.Document records;
  private List<Floor.Event> events;

  /** Builds the history and its document once. */
  @Setup
  public void setUp() throws IOException {
    history =
        DialogueHistory.of(RealisticSessions.DIALOGUE, new RealisticSessions(42).sessions(10_000));
    bytes = JSON.writeBytes(history);
    records = mapper.readValue(bytes, Records.Document.class);
    events = Floor.events(bytes);
  }

  /** Parley reads and validates every record. */
  @Benchmark
  public DialogueHistory readParley() {
    return JSON.readHistory(bytes);
  }

  /** Jackson databind into plain records, no validation. */
  @Benchmark
  public Records.Document readRecords() throws IOException {
    return mapper.readValue(bytes, Records.Document.class);
  }

  /** The streaming parser walking every token. */
  @Benchmark
  public long readFloor() throws IOException {
    return Floor.read(bytes);
  }

  /** Parley writes the canonical document. */
  @Benchmark
  public byte[] writeParley() {
    return JSON.writeBytes(history);
  }

  /** Jackson databind writes the records. */
  @Benchmark
  public byte[] writeRecords() throws IOException {
    return mapper.writeValueAsBytes(records);
  }

  /** The streaming generator writing the same members from prepared events. */
  @Benchmark
  public byte[] writeFloor() throws IOException {
    return Floor.write(events);
  }
}
