package org.tiescan.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tiescan.sources.csl.CslCsvSource;
import org.tiescan.sources.csl.CslJsonSource;
import org.tiescan.sources.ofac.OfacLegacySource;

class ListSourcesTest {
  @Test
  void namesGiveTheirReaders() {
    assertThat(ListSources.forName("us-csl", Path.of("x.csv"))).isInstanceOf(CslCsvSource.class);
    assertThat(ListSources.forName("us-csl", Path.of("x.json.gz"))).isInstanceOf(CslJsonSource.class);
    assertThat(ListSources.forName("us-ofac-cons", Path.of("dir")).dataset().name()).isEqualTo("us-ofac-cons");
    assertThat(ListSources.forName("ftm", Path.of("sanctions.ftm.json")).dataset().name()).isEqualTo("sanctions");
    assertThat(ListSources.names()).contains("us-csl", "us-csl-json", "us-ofac-sdn", "us-ofac-cons", "ftm");
  }

  @Test
  void anUnknownNameListsTheKnownOnes() {
    assertThatThrownBy(() -> ListSources.forName("uk-hmt", Path.of("x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("us-csl");
  }

  @Test
  void detectsRealFiles() throws IOException {
    assertThat(ListSources.detect(Collected.shared("lists/us-csl/consolidated-2022-05.csv"))).contains("us-csl");
    assertThat(ListSources.detect(Collected.shared("lists/us-csl/sample-2019.csv"))).contains("us-csl");
    assertThat(ListSources.detect(Collected.shared("lists/us-csl/sample-2023.csv"))).contains("us-csl");
    assertThat(ListSources.detect(Collected.shared("lists/us-ofac-sdn"))).contains("us-ofac-sdn");
    assertThat(ListSources.detect(Collected.shared("lists/us-ofac-consolidated"))).contains("us-ofac-cons");
    assertThat(ListSources.detect(Collected.shared("lists/us-dod-1260h/1260h.csv"))).contains("us-dod-1260h");
    assertThat(ListSources.detect(Collected.shared("lists/us-ndaa/section_1286.csv"))).contains("us-ndaa-1286");
    assertThat(ListSources.detect(Collected.shared("lists/us-bis-mieu/mieu.csv"))).contains("us-bis-mieu");
    assertThat(ListSources.detect(Collected.shared("lists/us-fcc-covered/table.csv"))).contains("us-fcc-covered");
    assertThat(ListSources.detect(Collected.shared("lists/us-fcc-covered/data-2024-04-19.csv"))).contains("us-fcc-covered");
    assertThat(ListSources.detect(Collected.shared("lists/eu/reg-2020-1998.csv"))).contains("eu-reg-2020-1998");
    assertThat(ListSources.detect(Collected.shared("lists/us-uflpa/uflpa-partial-2025-01.csv"))).contains("us-dhs-uflpa");
    assertThat(ListSources.detect(Collected.shared("oui/oui.csv"))).isEmpty();
    assertThat(OfacLegacySource.detect(Collected.shared("lists/us-csl"))).isNull();
  }
}
