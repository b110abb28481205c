package org.tiescan.cli.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListAddressesTest {
  @TempDir Path dataDir;

  @Test
  void defaultsNameOfficialAddressesAndOneFormOfEachList() throws Exception {
    ListAddresses a = ListAddresses.load(dataDir, Map.of());
    assertThat(a.defaults()).containsExactly("us-csl", "us-ofac-sdn", "us-ofac-cons", "un-sc-sanctions", "eu-fsf",
        "uk-sanctions-list");
    assertThat(a.partsOf("us-ofac-sdn").orElseThrow()).extracting(ListAddresses.Part::fileName)
        .containsExactly("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv");
    assertThat(a.partsOf("un-sc-sanctions").orElseThrow().get(0).uri().getHost()).isEqualTo("scsanctions.un.org");
    assertThat(a.partsOf("us-dod-1260h")).isEmpty();
    // the EU file is only served with the Commission's public token; the UK list is the FCDO's XML
    assertThat(a.partsOf("eu-fsf").orElseThrow().get(0).uri().getQuery()).isEqualTo("token=dG9rZW4tMjAxNw");
    assertThat(a.partsOf("uk-sanctions-list").orElseThrow().get(0).uri().toString())
        .isEqualTo("https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml");
  }

  @Test
  void theDataDirectoryFileAndTheCommandLineOverrideTheDefaults() throws Exception {
    Files.writeString(dataDir.resolve(ListAddresses.FILE), "us-csl = https://mirror.example.org/csl/consolidated.csv\n"
        + "eu-fsf = https://mirror.example.org/eu/content\n");
    ListAddresses a = ListAddresses.load(dataDir, Map.of("eu-fsf", "eu.xml=https://other.example.org/x?token=a=b"));
    assertThat(a.partsOf("us-csl").orElseThrow().get(0)).isEqualTo(
        new ListAddresses.Part("consolidated.csv", java.net.URI.create("https://mirror.example.org/csl/consolidated.csv")));
    ListAddresses.Part eu = a.partsOf("eu-fsf").orElseThrow().get(0);
    assertThat(eu.fileName()).isEqualTo("eu.xml");
    assertThat(eu.uri().getQuery()).isEqualTo("token=a=b");
  }

  @Test
  void anAddressThatIsNoHttpUrlIsRefusedNamingTheList() {
    assertThatThrownBy(() -> ListAddresses.load(dataDir, Map.of("us-csl", "ftp://example.org/x.csv")))
        .hasMessageContaining("us-csl").hasMessageContaining("ftp://example.org/x.csv");
  }
}
