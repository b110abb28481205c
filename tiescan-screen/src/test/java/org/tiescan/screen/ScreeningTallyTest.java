package org.tiescan.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tiescan.model.RecordProblem;

class ScreeningTallyTest {
  private static RecordProblem problem(long line) {
    return new RecordProblem("in.csv", line, "name", "empty name");
  }

  @Test
  void partsCountedApartAddUpAndKeepTheFirstProblemsByLine() {
    // a cluster engine counts per partition and merges in whatever order the partitions finish
    ScreeningTally late = new ScreeningTally();
    for (long line = 1_000; line < 1_100; line++) late.add(problem(line), false);
    late.add(null, true);
    ScreeningTally early = new ScreeningTally();
    early.add(null, false).add(problem(7), false).add(null, true).add(problem(3), false);

    ScreeningSummary s = late.merge(early).summary("in.csv", Duration.ofSeconds(1));
    assertThat(s.records()).isEqualTo(105);
    assertThat(s.screened()).isEqualTo(3);
    assertThat(s.withHits()).isEqualTo(2);
    assertThat(s.problems()).isEqualTo(102);
    assertThat(s.firstProblems()).hasSize(ScreeningSummary.MAX_LISTED_PROBLEMS);
    assertThat(s.firstProblems()).extracting(RecordProblem::line).startsWith(3L, 7L, 1_000L, 1_001L);
  }
}
