package org.tiescan.sources.intl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.sources.Collected;
import org.tiescan.sources.ListSources;
import org.tiescan.sources.SourceFormatException;
import org.tiescan.sources.ofac.OfacLegacySource;
import org.tiescan.sources.ofac.OfacXmlSource;

/** The three official XML formats, each on a real excerpt (see resources/official/README.md). */
class OfficialXmlSourcesTest {
  @TempDir Path tmp;

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(OfficialXmlSourcesTest.class.getResource("/official/" + name).toURI());
  }

  @Test
  void unListKeepsReferenceNumberRegimeAndAliases() throws Exception {
    UnScXmlSource source = new UnScXmlSource();
    Collected c = Collected.read(source, fixture("un-sc-consolidated-excerpt.xml"));
    assertThat(c.ids()).containsExactly("un-sc-sanctions-6907993", "un-sc-sanctions-6907994",
        "un-sc-sanctions-690765", "un-sc-sanctions-690767");
    assertThat(c.problems).isEmpty();
    Entity ryonha = c.one(e -> e.id().endsWith("690767"));
    assertThat(ryonha.schema()).isEqualTo("Company");
    assertThat(ryonha.values("alias")).contains("朝鲜联合机械贸易会社", "Ryonha Machinery Joint Venture Corporation");
    assertThat(ryonha.values("country")).containsExactly("kp");
    Designation d = ryonha.designations().get(0);
    assertThat(d.citations()).containsExactly("KPe.016");
    assertThat(d.programs()).containsExactly("DPRK");
    assertThat(d.startDate()).isEqualTo("2013-01-22");
    assertThat(d.sourceUrl()).isEqualTo(UnScXmlSource.URL);
    Entity kakolele = c.one(e -> e.id().endsWith("6907994"));
    assertThat(kakolele.schema()).isEqualTo("Person");
    assertThat(kakolele.caption()).isEqualTo("FRANK KAKOLELE BWAMBALE");
    assertThat(kakolele.values("alias")).containsExactly("FRANK KAKORERE", "FRANK KAKORERE BWAMBALE", "AIGLE BLANC");
    assertThat(source.dataset().snapshotDate()).isEqualTo("2026-02-27");
  }

  @Test
  void euListKeepsRegulationCitationsProgrammeAndEurLexUrl() throws Exception {
    EuFsfXmlSource source = new EuFsfXmlSource();
    Collected c = Collected.read(source, fixture("eu-fsf-excerpt.xml"));
    assertThat(c.ids()).containsExactly("eu-fsf-1", "eu-fsf-207");
    Entity mugabe = c.one(e -> e.id().equals("eu-fsf-1"));
    assertThat(mugabe.schema()).isEqualTo("Person");
    assertThat(mugabe.caption()).isEqualTo("Robert Gabriel Mugabe");
    assertThat(mugabe.values("birthDate")).containsExactly("1924-02-21");
    assertThat(mugabe.values("passportNumber")).containsExactly("AD001095");
    assertThat(mugabe.values("nationality")).isEmpty(); // "00" / UNKNOWN is not a country
    Designation d = mugabe.designations().get(0);
    assertThat(d.citations()).containsExactly("2018/223 (OJ L43)", "EU.36.64");
    assertThat(d.programs()).containsExactly("ZWE");
    assertThat(d.sourceUrl()).startsWith("http://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CELEX:32018R0223");
    Entity front = c.one(e -> e.id().equals("eu-fsf-207"));
    assertThat(front.caption()).isEqualTo("İslami Büyük Doğu Akıncılar Cephesi");
    assertThat(front.values("alias")).contains("Great Islamic Eastern Warriors Front", "IBDA-C");
    assertThat(front.designations().get(0).programs()).containsExactly("TERR");
    assertThat(source.dataset().snapshotDate()).isEqualTo("2018-12-21");
  }

  @Test
  void ofacXmlGivesTheSameIdsAndNameFormAsTheLegacyFiles() throws Exception {
    OfacXmlSource source = new OfacXmlSource(OfacLegacySource.Variant.SDN, OfacLegacySource.Variant.SDN.dataset());
    Collected c = Collected.read(source, fixture("ofac-sdn-excerpt.xml"));
    assertThat(c.ids()).containsExactly("us-ofac-sdn-36", "us-ofac-sdn-26235");
    Entity airline = c.one(e -> e.id().equals("us-ofac-sdn-36"));
    assertThat(airline.values("alias")).containsExactly("AERO-CARIBBEAN");
    assertThat(airline.values("country")).containsExactly("cu");
    assertThat(airline.designations().get(0).programs()).containsExactly("CUBA");
    assertThat(airline.designations().get(0).dataset()).isEqualTo("us-ofac-sdn");
    Entity person = c.one(e -> e.id().equals("us-ofac-sdn-26235"));
    assertThat(person.schema()).isEqualTo("Person");
    assertThat(person.caption()).isEqualTo("MALKEVICH, Alexander Aleksandrovich");
    assertThat(person.values("birthDate")).containsExactly("1975-06-14");
    assertThat(person.values("passportNumber")).containsExactly("717637093");
    assertThat(person.designations().get(0).reason()).isEqualTo("(Linked To: USA REALLY)");
    assertThat(source.dataset().snapshotDate()).isEqualTo("2018-12-19");
  }

  @Test
  void formatsAreDetectedByTheirDocumentElement() throws Exception {
    assertThat(ListSources.detect(fixture("un-sc-consolidated-excerpt.xml"))).contains("un-sc-sanctions");
    assertThat(ListSources.detect(fixture("eu-fsf-excerpt.xml"))).contains("eu-fsf");
    assertThat(ListSources.detect(fixture("ofac-sdn-excerpt.xml"))).contains("us-ofac-sdn-xml");
  }

  @Test
  void aFileCutMidRecordIsRejectedWithFileAndLine() throws Exception {
    String xml = Files.readString(fixture("un-sc-consolidated-excerpt.xml"));
    String head = xml.substring(0, xml.indexOf("<ALIAS_NAME>AIGLE"));
    Path cut = Files.writeString(tmp.resolve("cut.xml"), head);
    long lastLine = head.lines().count();
    assertThatThrownBy(() -> Collected.read(new UnScXmlSource(), cut))
        .isInstanceOfSatisfying(SourceFormatException.class, e -> {
          assertThat(e.problem().file()).isEqualTo(cut.toString());
          assertThat(e.problem().line()).isEqualTo(lastLine);
        });
  }

  @Test
  void anotherXmlFormatIsRejectedByItsRootElement() throws Exception {
    assertThatThrownBy(() -> Collected.read(new EuFsfXmlSource(), fixture("ofac-sdn-excerpt.xml")))
        .isInstanceOf(SourceFormatException.class).hasMessageContaining("<sdnList>");
  }

  @Test
  void aRecordWithoutNameIsReportedAndSkipped() throws Exception {
    String xml = Files.readString(fixture("eu-fsf-excerpt.xml")).replace("wholeName=\"Robert Gabriel Mugabe\"", "wholeName=\"\"");
    Path file = Files.writeString(tmp.resolve("noname.xml"), xml);
    Collected c = Collected.read(new EuFsfXmlSource(), file);
    assertThat(c.ids()).containsExactly("eu-fsf-207");
    assertThat(c.problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.field()).isEqualTo("nameAlias");
    });
  }

  @Test
  void externalEntitiesAreNotResolved() throws Exception {
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "SECRET");
    Path file = Files.writeString(tmp.resolve("xxe.xml"), "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \""
        + secret.toUri() + "\">]><CONSOLIDATED_LIST><ENTITIES><ENTITY><DATAID>1</DATAID><FIRST_NAME>&s;</FIRST_NAME>"
        + "</ENTITY></ENTITIES></CONSOLIDATED_LIST>");
    Collected c = new Collected();
    try {
      new UnScXmlSource().read(file, c);
    } catch (SourceFormatException expected) {
      // refusing the DTD outright is fine too
    }
    assertThat(c.entities).noneMatch(e -> e.caption().contains("SECRET"));
  }
}
