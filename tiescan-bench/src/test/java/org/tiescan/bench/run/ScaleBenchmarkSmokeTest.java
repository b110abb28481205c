package org.tiescan.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale harness runs end to end on a tiny set; speed is measured by running it, not here. */
class ScaleBenchmarkSmokeTest {
  @Test
  void screensTwoHundredLabelledQueriesAgainstASyntheticReferenceSet(@TempDir Path work) throws Exception {
    ScreenOutcome outcome = ScaleBenchmark.run(2_000, 200, 2, 7, work);

    assertThat(outcome.positives).isEqualTo(200);
    assertThat(outcome.problems).isZero();
    // perturbed names of entries in the index: nearly all are found at the default threshold
    assertThat(outcome.recall()).isGreaterThan(0.9);
  }
}
