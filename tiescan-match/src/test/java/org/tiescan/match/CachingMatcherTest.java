package org.tiescan.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Repeated queries reach the wrapped matcher twice (the answer is kept from the second sighting on);
 * different options or names reach it again.
 */
class CachingMatcherTest {
  private final AtomicInteger calls = new AtomicInteger();
  private final Matcher counting = (q, o) -> {
    calls.incrementAndGet();
    return List.of();
  };

  @Test
  void matchesARepeatedQueryTwice() {
    CachingMatcher m = new CachingMatcher(counting, 10);
    Query hikvision = Query.ofName("Hangzhou Hikvision Digital Technology Co., Ltd.");
    for (int i = 0; i < 5; i++) m.match(hikvision, MatchOptions.defaults());
    assertThat(calls).hasValue(2);
    m.match(hikvision, new MatchOptions(0.5, 5, true));
    m.match(Query.ofName("Zhejiang Dahua Technology Co., Ltd."), MatchOptions.defaults());
    assertThat(calls).hasValue(4);
  }

  @Test
  void keepsNoAnswerForQueriesSeenOnce() {
    CachingMatcher m = new CachingMatcher(counting, 3);
    for (int i = 0; i < 100; i++) m.match(Query.ofName("supplier " + i), MatchOptions.defaults());
    // the places were not taken by names that never came again: a repeat is still kept
    Query dahua = Query.ofName("Zhejiang Dahua Technology Co., Ltd.");
    for (int i = 0; i < 4; i++) m.match(dahua, MatchOptions.defaults());
    assertThat(calls).hasValue(102);
  }

  @Test
  void passesQueriesThroughOnceFull() {
    CachingMatcher m = new CachingMatcher(counting, 1);
    Query dahua = Query.ofName("Zhejiang Dahua Technology Co., Ltd.");
    for (int i = 0; i < 2; i++) m.match(Query.ofName("Hangzhou Hikvision Digital Technology Co., Ltd."), MatchOptions.defaults());
    m.match(dahua, MatchOptions.defaults());
    m.match(dahua, MatchOptions.defaults());
    m.match(dahua, MatchOptions.defaults());
    assertThat(calls).hasValue(5);
  }
}
