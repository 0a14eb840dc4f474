package dev.parley.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Puts a failing test's display name, such as {@code seed 417}, at the head of its failure message,
 * so that the console and the reports show which seed to replay. Register it on a property test
 * class with {@code @ExtendWith(SeedOnFailure.class)} and name the parameterized cases after their
 * seed: {@code @ParameterizedTest(name = "seed {0}")}.
 */
public final class SeedOnFailure implements TestExecutionExceptionHandler {
  /** Creates the extension; JUnit does this when the class is registered. */
  public SeedOnFailure() {}

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    AssertionError named =
        new AssertionError("[" + context.getDisplayName() + "] " + failure.getMessage(), failure);
    named.setStackTrace(failure.getStackTrace());
    throw named;
  }
}
