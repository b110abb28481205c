package org.tiescan.match.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs the {@link Evaluator} from Maven (it takes a minute, so only on request):
 * {@code ./mvnw -q -o -pl tiescan-match -am test -Dtest=EvaluatorRun -Dsurefire.failIfNoSpecifiedTests=false -Dtiescan.eval=true}.
 */
class EvaluatorRun {
  @Test
  @EnabledIfSystemProperty(named = "tiescan.eval", matches = "true")
  void printsTheReport() throws Exception {
    Path sets = Path.of("src/test/resources/eval");
    assertThat(Files.isDirectory(sets)).isTrue();
    Evaluator.main(new String[] {sets.toString()});
  }
}
