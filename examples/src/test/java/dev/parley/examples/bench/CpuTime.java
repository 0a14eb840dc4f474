package dev.parley.examples.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the benchmark JVM's processor time per operation ({@code
 * cpu.time.norm}, microseconds): the benchmark thread's work plus the collector's and the
 * compiler's, but not the time spent waiting for a processor that other programs hold. On a shared
 * machine the wall-clock score grows with everyone else's load; this one much less.
 */
public final class CpuTime implements InternalProfiler {
  /** The name of the secondary result. */
  static final String NAME = "cpu.time.norm";

  private long start;

  @Override
  public String getDescription() {
    return "process CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    start = processCpuNanos();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long used = processCpuNanos() - start;
    long ops = result.getMetadata().getAllOps();
    double perOp = ops > 0 ? used / 1e3 / ops : Double.NaN;
    return List.of(new ScalarResult(NAME, perOp, "us/op", AggregationPolicy.AVG));
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
