package dev.parley.examples.bench;

import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.model.Session;
import dev.parley.core.topic.TopicScheme;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.javers.core.Javers;
import org.javers.core.JaversBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Diffing each of {@value #PAIRS} realistic sessions with the one before it, as a user walks a
 * history: Parley's agenda diff against JaVers' object diff.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DiffBench {
  /** The number of consecutive pairs one operation diffs. */
  static final int PAIRS = 32;

  private List<Session> sessions;
  private Javers javers;
  private final TopicScheme scheme = TopicScheme.defaultScheme();

  /** The sessions and a default JaVers. */
  @Setup
  public void setUp() {
    sessions = new RealisticSessions(7).sessions(PAIRS + 1);
    javers = JaversBuilder.javers().build();
  }

  /** Parley's topic-by-topic agenda diff. */
  @Benchmark
  public void diffParley(Blackhole out) {
    for (int i = 0; i < PAIRS; i++) {
      out.consume(AgendaDiff.between(sessions.get(i), sessions.get(i + 1), scheme));
    }
  }

  /** JaVers comparing the same objects, default configuration. */
  @Benchmark
  public void diffJavers(Blackhole out) {
    for (int i = 0; i < PAIRS; i++) {
      out.consume(javers.compare(sessions.get(i), sessions.get(i + 1)));
    }
  }
}
