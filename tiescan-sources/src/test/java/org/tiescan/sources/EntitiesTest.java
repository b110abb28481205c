package org.tiescan.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tiescan.model.Entity;
import org.tiescan.sources.csl.CslCsvSource;

class EntitiesTest {
  @Test
  void cslRowsSharingAnIdMergeIntoOneEntityWithEveryDesignation() throws Exception {
    Collected csl = Collected.cached(new CslCsvSource(), Collected.shared("lists/us-csl/consolidated-2022-05.csv"));
    List<Entity> vtb = csl.where(e -> e.id().equals("us-csl-18725"));
    assertThat(vtb).hasSize(3);
    Entity merged = Entities.merge(Entities.merge(vtb.get(0), vtb.get(1)), vtb.get(2));
    assertThat(merged.designations()).extracting(d -> d.dataset())
        .containsExactlyInAnyOrder("us-ofac-capta", "us-ofac-sdn", "us-ofac-ssi");
    assertThat(merged.names()).containsAll(vtb.get(0).names());
    assertThat(merged.sourceIds()).containsExactly("us-csl:18725");
    assertThatThrownBy(() -> Entities.merge(vtb.get(0), csl.entities.get(0))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countingSinkCountsAndPassesOn() throws Exception {
    Collected inner = new Collected();
    CountingSink counting = new CountingSink(inner, 1);
    new CslCsvSource().read(Collected.shared("lists/us-csl/sample-2019.csv"), counting);
    assertThat(counting.entities()).isEqualTo(115).isEqualTo(inner.entities.size());
    assertThat(counting.problems()).isZero();
  }
}
