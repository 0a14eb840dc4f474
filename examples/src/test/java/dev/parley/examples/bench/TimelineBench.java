package dev.parley.examples.bench;

import dev.parley.core.history.TopicTimeline;
import dev.parley.core.model.Session;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The topic timeline of 1,000, 10,000 and 100,000 sessions: cost per session should not grow. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TimelineBench {
  /** The number of sessions. */
  @Param({"1000", "10000", "100000"})
  public int sessions;

  private List<Session> list;

  /** Generates the sessions once per trial. */
  @Setup
  public void setUp() {
    list = new RealisticSessions(11).sessions(sessions);
  }

  /** Builds the timeline. */
  @Benchmark
  public TopicTimeline timeline() {
    return TopicTimeline.of(list);
  }
}
