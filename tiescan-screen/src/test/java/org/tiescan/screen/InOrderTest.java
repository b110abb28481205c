package org.tiescan.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {
  @Test
  void handsResultsOnInInputOrderAcrossChunks() {
    int count = InOrder.CHUNK * 20 + 7; // a last chunk that is not full
    List<Integer> seen = new ArrayList<>();
    // later items finish sooner: the order must come from the window, not from the threads
    InOrder.map(IntStream.range(0, count).iterator(), i -> {
      if (i % InOrder.CHUNK == 0) sleep(count - i > InOrder.CHUNK * 10 ? 2 : 0);
      return i * 2;
    }, seen::add, 3);
    assertThat(seen).containsExactlyElementsOf(IntStream.range(0, count).map(i -> i * 2).boxed().toList());
  }

  @Test
  void itemsReadBeforeTheInputBrokeAreHandedOnBeforeTheError() {
    int brokenAt = InOrder.CHUNK * 5 + 3;
    Iterator<Integer> breaking = new Iterator<>() {
      int next;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Integer next() {
        if (next == brokenAt) throw new IllegalArgumentException("line " + (next + 1) + ": unclosed quote");
        return next++;
      }
    };
    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(() -> InOrder.map(breaking, i -> i, seen::add, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unclosed quote");
    assertThat(seen).containsExactlyElementsOf(IntStream.range(0, brokenAt).boxed().toList());
  }

  @Test
  void aFailingItemStopsTheRunWithTheCause() {
    assertThatThrownBy(() -> InOrder.map(IntStream.range(0, 500).iterator(), i -> {
      if (i == 300) throw new IllegalStateException("index closed");
      return i;
    }, i -> {}, 2)).isInstanceOf(ScreeningException.class).hasMessageContaining("index closed");
  }

  private static void sleep(int ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
