package dev.parley.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.examples.bench.BenchMain.Ratio;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The intervals and verdicts of the benchmark summary: what a reader of the ratio lines trusts. */
class BenchMainTest {
  @Test
  void intervalIsTheExtremeQuotientsOfTheTwoScoresIntervals() {
    Ratio r = Ratio.of("x", 100, 10, 50, 5, "<=", 3);
    assertEquals(2.0, r.value(), 1e-9);
    assertEquals(90.0 / 55, r.low(), 1e-9);
    assertEquals(110.0 / 45, r.high(), 1e-9);
  }

  @Test
  void atMostGoalIsMetOnlyWhenTheWholeIntervalIsBelowIt() {
    assertEquals("MET", Ratio.of("x", 100, 10, 50, 5, "<=", 2.5).verdict());
    assertEquals("UNDECIDED", Ratio.of("x", 100, 10, 50, 5, "<=", 2.2).verdict());
    assertEquals("MISSED", Ratio.of("x", 100, 10, 50, 5, "<=", 1.6).verdict());
  }

  @Test
  void atLeastGoalIsMetOnlyWhenTheWholeIntervalIsAboveIt() {
    assertEquals("MET", Ratio.of("x", 100, 10, 1, 0.1, ">=", 50).verdict());
    assertEquals("UNDECIDED", Ratio.of("x", 100, 10, 1, 0.1, ">=", 90).verdict());
    assertEquals("MISSED", Ratio.of("x", 100, 10, 1, 0.1, ">=", 130).verdict());
  }

  @Test
  void belowGoalIsMissedWhenTheIntervalStartsAtTheGoal() {
    assertEquals("MISSED", Ratio.of("x", 2, 0, 2, 0, "<", 1).verdict());
    assertEquals("MET", Ratio.of("x", 1, 0.1, 2, 0.1, "<", 1).verdict());
  }

  @Test
  void aDenominatorWhoseErrorReachesZeroGivesAnOpenInterval() {
    Ratio r = Ratio.of("x", 10, 1, 1, 1, "<=", 100);
    assertEquals(Double.POSITIVE_INFINITY, r.high());
    assertEquals("UNDECIDED", r.verdict());
  }

  @Test
  void aRoundOnTheOtherSideOfTheGoalMakesTheVerdictUndecided() {
    Ratio agreeing =
        Ratio.of("x", 100, 1, 100, 1, "<=", 1.1, List.of(101.0, 99.0), List.of(100.0, 100.0), 1);
    Ratio disagreeing =
        Ratio.of("x", 100, 1, 100, 1, "<=", 1.1, List.of(130.0, 70.0), List.of(100.0, 100.0), 1);
    assertEquals("MET", agreeing.verdict());
    assertEquals("UNDECIDED", disagreeing.verdict());
  }

  @Test
  void roundsOfAPerUnitRatioAreScaledLikeTheScores() {
    Ratio r = Ratio.of("x", 1000, 1, 10, 0.01, "<=", 1.3, List.of(1000.0), List.of(10.0), 10);
    assertEquals(10.0, r.value(), 1e-9);
    assertEquals(List.of(10.0), r.rounds());
    assertEquals("MISSED", r.verdict());
  }

  @Test
  void medianIntervalLeavesOutOneSlowIterationOfTwelve() {
    List<Double> values = new java.util.ArrayList<>();
    for (int i = 0; i < 11; i++) {
      values.add(100.0 + i);
    }
    values.add(5000.0);
    BenchMain.Estimate e = BenchMain.Estimate.median(values);
    assertEquals(105.5, e.value(), 1e-9);
    assertEquals(101.0, e.low(), 1e-9);
    assertEquals(110.0, e.high(), 1e-9);
  }

  @Test
  void medianIntervalOfFewIterationsIsTheirWholeRange() {
    BenchMain.Estimate e = BenchMain.Estimate.median(List.of(3.0, 1.0, 2.0));
    assertEquals(2.0, e.value(), 1e-9);
    assertEquals(1.0, e.low(), 1e-9);
    assertEquals(3.0, e.high(), 1e-9);
  }

  @Test
  void lineHasTheDocumentedShape() {
    assertEquals(
        "ratio json.read.parley_vs_floor = 2.000 [1.636, 2.444] (goal <= 1.8) UNDECIDED",
        Ratio.of("json.read.parley_vs_floor", 100, 10, 50, 5, "<=", 1.8).line());
  }
}
