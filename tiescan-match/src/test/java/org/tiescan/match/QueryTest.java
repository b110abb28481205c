package org.tiescan.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How much of a very long name the matcher takes. */
class QueryTest {
  @Test
  void aNameUpToTheLimitIsMatchedWhole() {
    String name = "x".repeat(Query.MAX_NAME_LENGTH);
    assertThat(Query.matchedPart(name)).isSameAs(name);
    assertThat(Query.matchedPart("Hangzhou Hikvision Digital Technology Co., Ltd.")).isEqualTo("Hangzhou Hikvision Digital Technology Co., Ltd.");
  }

  @Test
  void aLongerNameIsCutAfterItsLastWholeWordBeforeTheLimit() {
    String name = "Hikvision ".repeat(1_000);
    String part = Query.matchedPart(name);
    assertThat(part).hasSizeLessThanOrEqualTo(Query.MAX_NAME_LENGTH).endsWith("Hikvision");
    assertThat(name).startsWith(part);
    assertThat(part.split(" ")).hasSize(Query.MAX_NAME_LENGTH / 10).containsOnly("Hikvision");
  }

  @Test
  void aLongerNameWithoutSpacesIsCutAtTheLimit() {
    String han = "海康威视".repeat(1_000);
    assertThat(Query.matchedPart(han)).isEqualTo(han.substring(0, Query.MAX_NAME_LENGTH));
  }

  /** A character outside the BMP (𠀀, two chars) across the limit is dropped whole, never split in half. */
  @Test
  void aCutNeverSplitsASurrogatePair() {
    String name = "a".repeat(Query.MAX_NAME_LENGTH - 1) + "𠀀".repeat(10);
    String part = Query.matchedPart(name);
    assertThat(part).isEqualTo("a".repeat(Query.MAX_NAME_LENGTH - 1));
    String even = "a".repeat(Query.MAX_NAME_LENGTH - 2) + "𠀀".repeat(10);
    assertThat(Query.matchedPart(even)).isEqualTo("a".repeat(Query.MAX_NAME_LENGTH - 2) + "𠀀");
  }
}
