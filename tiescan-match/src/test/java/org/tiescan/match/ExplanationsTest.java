package org.tiescan.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExplanationsTest {
  /** The explanations' numbers read as String.format wrote them, halves and binary near-halves included. */
  @Test
  void fixedDecimalsAreThoseOfStringFormat() {
    Random random = new Random(3);
    double[] edges = {0, 1, 0.005, 0.015, 0.285, 0.845, 0.9949999, 0.995, 0.125, 0.375, 84.5, 28.5, 99.5, 1e-7, 0.7};
    for (double v : edges) assertSame(v);
    for (int i = 0; i < 100_000; i++) {
      // scores as the scorer makes them: sums and products of weights, and three-decimal roundings
      assertSame(random.nextDouble());
      assertSame(100 * random.nextDouble());
      assertSame(Math.round(random.nextDouble() * 1000) / 1000.0);
    }
  }

  private static void assertSame(double v) {
    for (int decimals : new int[] {0, 2}) {
      assertThat(Explanations.fixed(v, decimals)).as("%s with %d decimals", v, decimals)
          .isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", v));
    }
  }
}
