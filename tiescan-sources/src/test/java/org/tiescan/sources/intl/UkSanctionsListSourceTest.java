package org.tiescan.sources.intl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.sources.Collected;
import org.tiescan.sources.ListSources;
import org.tiescan.sources.SourceFormatException;

/** The FCDO UK Sanctions List XML, on a real excerpt (see resources/official/README.md). */
class UkSanctionsListSourceTest {
  @TempDir Path tmp;

  private static Path excerpt() throws Exception {
    return OfficialXmlSourcesTest.fixture("uk-sanctions-list-excerpt.xml");
  }

  @Test
  void everyDesignationBecomesOneEntityKeyedByTheUkReference() throws Exception {
    UkSanctionsListSource source = new UkSanctionsListSource();
    Collected c = Collected.read(source, excerpt());
    assertThat(c.ids()).containsExactly("uk-sanctions-list-GHR0190", "uk-sanctions-list-RUS3602", "uk-sanctions-list-AFG0001");
    assertThat(c.problems).isEmpty();
    assertThat(source.dataset().snapshotDate()).isEqualTo("2026-10-02");
    assertThat(ListSources.detect(excerpt())).contains(UkSanctionsListSource.NAME);
  }

  @Test
  void aUkDesignationKeepsRegimeStatementOfReasonsAndDate() throws Exception {
    Entity xinbi = Collected.read(new UkSanctionsListSource(), excerpt()).one(e -> e.id().endsWith("GHR0190"));
    assertThat(xinbi.caption()).isEqualTo("XINBI COMPANY LIMITED");
    assertThat(xinbi.schema()).isEqualTo("Company");
    assertThat(xinbi.values("subsidiary")).containsExactly("Xinbi Guarantee");
    assertThat(xinbi.values("website")).containsExactly("Xinbi.com");
    Designation d = xinbi.designations().get(0);
    assertThat(d.programs()).containsExactly("The Global Human Rights Sanctions Regulations 2020");
    assertThat(d.citations()).containsExactly("The Global Human Rights Sanctions Regulations 2020", "UK Sanctions List Ref GHR0190");
    assertThat(d.startDate()).isEqualTo("2026-03-26");
    assertThat(d.authority()).startsWith("UK Government");
    assertThat(d.reason()).startsWith("The Secretary of State considers").contains("scam centres in Southeast Asia");
    assertThat(d.sourceUrl()).isEqualTo(UkSanctionsListSource.URL);
  }

  @Test
  void nameVariationsAddressesAndRegistrationNumbersAreKept() throws Exception {
    Entity exmo = Collected.read(new UkSanctionsListSource(), excerpt()).one(e -> e.id().endsWith("RUS3602"));
    assertThat(exmo.caption()).isEqualTo("EXMO EXCHANGE LIMITED");
    assertThat(exmo.values("alias")).contains("EXMO", "EXMO.COM", "EXMO PAYMENTS LTD.").hasSize(7);
    assertThat(exmo.values("address")).containsExactly("2 Kingdom Street, LONDON, W2 6JP, United Kingdom");
    assertThat(exmo.values("country")).containsExactly("gb");
    assertThat(exmo.values("leiCode")).containsExactly("984500B899H9EED3B354");
    assertThat(exmo.values("registrationNumber")).contains("UK Company number - 11655602");
    assertThat(exmo.values("phone")).containsExactly("02080682555");
  }

  @Test
  void aUnListingKeepsOfsiGroupUnReferenceAndTheNonLatinName() throws Exception {
    Entity hawala = Collected.read(new UkSanctionsListSource(), excerpt()).one(e -> e.id().endsWith("AFG0001"));
    assertThat(hawala.values("alias")).contains("حاجی خيرالله و حاجی ستار صرافی", "Haji Alim Hawala").hasSize(9);
    assertThat(hawala.values("country")).containsExactly("af", "ae", "ir");
    assertThat(hawala.values("address")).contains("Branch Office 14, Dubai, United Arab Emirates");
    Designation d = hawala.designations().get(0);
    assertThat(d.citations()).containsExactly("The Afghanistan (Sanctions) (EU Exit) Regulations 2020",
        "UK Sanctions List Ref AFG0001", "OFSI Group ID 12703", "UN TAe.010");
    assertThat(d.authority()).startsWith("United Nations Security Council");
    assertThat(d.startDate()).isEqualTo("2012-06-29");
    // no UK statement of reasons for a UN listing: the other information is the stated reason
    assertThat(d.reason()).startsWith("Afghan Money Service Provider License Number: 044.");
  }

  @Test
  void aDesignationWithoutUniqueIdIsReportedWithItsLineAndSkipped() throws Exception {
    String xml = Files.readString(excerpt()).replace("<UniqueID>RUS3602</UniqueID>", "");
    Path file = Files.writeString(tmp.resolve("no-id.xml"), xml);
    Collected c = Collected.read(new UkSanctionsListSource(), file);
    assertThat(c.ids()).containsExactly("uk-sanctions-list-GHR0190", "uk-sanctions-list-AFG0001");
    assertThat(c.problems).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("UniqueID");
      assertThat(p.line()).isEqualTo(xml.lines().takeWhile(l -> !l.contains("26/05/2026</LastUpdated>")).count());
    });
  }

  @Test
  void theOldOfsiConsolidatedListIsRejectedByItsRootElement() throws Exception {
    Path file = Files.writeString(tmp.resolve("ConList.xml"),
        "<?xml version=\"1.0\"?><ArrayOfFinancialSanctionsTarget></ArrayOfFinancialSanctionsTarget>");
    assertThatThrownBy(() -> Collected.read(new UkSanctionsListSource(), file))
        .isInstanceOf(SourceFormatException.class).hasMessageContaining("<Designations>");
  }

  @Test
  void ukDatesBecomeIsoOrTheKnownYear() {
    assertThat(UkDates.iso("29/06/2012")).isEqualTo("2012-06-29");
    assertThat(UkDates.iso("dd/mm/1945")).isEqualTo("1945");
    assertThat(UkDates.iso("dd/03/1958")).isEqualTo("1958-03");
    assertThat(UkDates.iso("circa 1960")).isEqualTo("circa 1960");
  }
}
