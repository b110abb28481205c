package org.tiescan.screen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HitsTest {
  /**
   * Scores are written as {@code String.format("%.3f")} writes them: on random values, on every thousandth and
   * the halves between them with the values next to each, on negative values, zeros and what is not a number.
   */
  @Test
  void scoresAreWrittenAsTheFormatterWritesThem() {
    List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.0005, -0.0005, 0.7225, 0.9995, 1e-9, -1e-9,
        123456.7895, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 1e15));
    Random random = new Random(42);
    for (int i = 0; i < 200_000; i++) values.add(random.nextDouble() * 4 - 2);
    for (int k = -2000; k <= 2000; k++) {
      for (double v : new double[] {k / 1000.0, (k + 0.5) / 1000.0}) {
        values.add(v);
        values.add(Math.nextUp(v));
        values.add(Math.nextDown(v));
      }
    }
    List<String> wrong = new ArrayList<>();
    for (double v : values) {
      String expected = String.format(Locale.ROOT, "%.3f", v);
      if (!Hits.score(v).equals(expected)) wrong.add(v + " -> " + Hits.score(v) + " not " + expected);
    }
    assertThat(wrong).isEmpty();
  }
}
