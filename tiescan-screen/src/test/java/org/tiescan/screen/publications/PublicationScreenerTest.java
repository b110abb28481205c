package org.tiescan.screen.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each input shape read and screened end to end against real list rows and the real ROR sample. */
class PublicationScreenerTest {
  private static Map<String, List<String>> flaggedEntities(List<ScreenedWork> works) {
    return works.stream().filter(ScreenedWork::flagged).collect(Collectors.toMap(
        w -> String.valueOf(w.work().title()),
        w -> w.entities().values().stream().map(h -> h.result().entity().caption()).toList()));
  }

  @Test
  void openAlexWorkWithInstitutionsIsReadAndNotFlagged() throws Exception {
    List<ScreenedWork> ws = PubFixtures.screen("W2741809807.json", null, null);
    assertThat(ws).hasSize(1);
    Work w = ws.get(0).work();
    assertThat(w.doi()).isEqualTo("10.7717/peerj.4375");
    assertThat(w.year()).isEqualTo(2018);
    assertThat(w.authors()).hasSize(9);
    Affiliation first = w.authors().get(0).affiliations().get(0);
    assertThat(first.raw()).isEqualTo("Impactstory, Sanford, NC, USA");
    assertThat(first.rorId()).isEqualTo("https://ror.org/05ppvf150");
    assertThat(ws.get(0).findings().get(0).resolution().method()).isEqualTo(Resolution.ROR_ID);
    assertThat(ws.get(0).flagged()).isFalse();
  }

  @Test
  void openAlexApiPageIsStreamedFromResults() throws Exception {
    List<ScreenedWork> ws = PubFixtures.screen("W-api-response.json", null, null);
    assertThat(ws).isNotEmpty();
    assertThat(ws.get(0).work().id()).isEqualTo("https://openalex.org/W2755950973");
    assertThat(ws.get(0).work().authors().get(0).affiliations().get(0).institutionName()).isEqualTo("California Institute of Technology");
  }

  @Test
  void crossrefLabWithRorIdIsFlaggedThroughItsRorParent() throws Exception {
    List<ScreenedWork> ws = PubFixtures.screen("crossref-works.json", null, null);
    assertThat(ws).hasSize(2);
    assertThat(ws.get(0).flagged()).isFalse();
    ScreenedWork lab = ws.get(1);
    assertThat(lab.flagged()).isTrue();
    OrgHit hit = lab.findings().get(0).hits().get(0);
    assertThat(hit.via()).isEqualTo(OrgHit.ROR_PARENT);
    assertThat(hit.rorPath()).containsExactly("Tianmushan Laboratory (https://ror.org/03smwa682)",
        "Beihang University (https://ror.org/00wk2mp56)");
    assertThat(lab.entities().values()).extracting(h -> h.result().entity().caption())
        .contains("Beijing University of Aeronautics and Astronautics (BUAA)");
  }

  @Test
  void scopusBibtexRawAffiliationIsScreenedAndBrokenEntryReported() throws Exception {
    List<ScreenedWork> ws = PubFixtures.screen("scopus.bib", null, null);
    assertThat(ws).hasSize(3);
    assertThat(ws.get(0).work().authors()).extracting(Author::name).contains("Heather Piwowar", Author.UNATTRIBUTED);
    assertThat(ws.get(0).flagged()).isFalse();
    assertThat(flaggedEntities(ws).values().iterator().next()).contains("Harbin Institute of Technology");
    OrgHit h = ws.get(1).findings().get(0).hits().get(0);
    assertThat(h.via()).isEqualTo(OrgHit.TEXT);
    assertThat(h.screenedName()).isEqualTo("Harbin Institute of Technology");
    assertThat(h.result().entity().designations().get(0).citations()).isNotEmpty();
    assertThat(ws.get(2).work().problem()).isNotNull();
    assertThat(ws.get(2).work().problem().line()).isEqualTo(20);
    assertThat(ws.get(2).work().problem().field()).isEqualTo("title");
  }

  @Test
  void webOfScienceAbbreviationsAndAuthorPrefixes() throws Exception {
    List<ScreenedWork> bib = PubFixtures.screen("wos.bib", null, null);
    assertThat(bib.get(0).flagged()).isTrue();
    List<ScreenedWork> tagged = PubFixtures.screen("wos-savedrecs.txt", null, null);
    assertThat(tagged).hasSize(1);
    Work w = tagged.get(0).work();
    assertThat(w.title()).isEqualTo("Example record (not a real publication) in the Web of Science tagged shape");
    assertThat(w.authors()).extracting(Author::name).containsExactly("Example Author", "Example Second");
    assertThat(w.authors().get(0).affiliations().get(0).raw()).startsWith("Harbin Inst Technol");
    assertThat(tagged.get(0).flagged()).isTrue();
    assertThat(tagged.get(0).findings().stream().filter(f -> !f.hits().isEmpty()).map(f -> f.author().name()).toList())
        .containsExactly("Example Author");
  }

  @Test
  void risChineseLabelResolvesThroughRorAndYearRangeFilters() throws Exception {
    List<ScreenedWork> all = PubFixtures.screen("zotero.ris", null, null);
    assertThat(all).hasSize(2);
    ScreenedWork cn = all.get(1);
    assertThat(cn.findings().get(0).resolution().rorId()).isEqualTo("https://ror.org/00wk2mp56");
    assertThat(cn.flagged()).isTrue();
    assertThat(PubFixtures.screen("zotero.ris", 2017, 2025)).hasSize(1);
  }

  @Test
  void reportsCountPerYearAndEntityAndDrawCharts() throws Exception {
    StringWriter html = new StringWriter();
    StringWriter csv = new StringWriter();
    StringWriter jsonl = new StringWriter();
    PublicationHtml h = new PublicationHtml(html, "test");
    PublicationCsv c = new PublicationCsv(csv);
    PublicationJsonLines j = new PublicationJsonLines(jsonl, false);
    PublicationSummary s = PubFixtures.screener(null, null).screen(
        List.of(PubFixtures.file("scopus.bib"), PubFixtures.file("crossref-works.json")), new WorkSink() {
          @Override public void accept(ScreenedWork w) { h.accept(w); c.accept(w); j.accept(w); }
          @Override public void finish(PublicationSummary x) { h.finish(x); c.finish(x); j.finish(x); }
        }, org.tiescan.screen.ProgressListener.NONE);
    assertThat(s.works()).isEqualTo(5);
    assertThat(s.flagged()).isEqualTo(2);
    assertThat(s.problems()).isEqualTo(1);
    assertThat(s.byYear().get(2020)).containsExactly(1, 1);
    assertThat(s.byYear().get(2018)).containsExactly(2, 0);
    assertThat(html.toString()).contains("<svg", "Harbin Institute of Technology", "Tianmushan Laboratory");
    assertThat(jsonl.toString().lines().count()).isEqualTo(3); // 2 flagged + 1 problem
    assertThat(csv.toString().lines().findFirst().orElseThrow()).startsWith("file,line,doi,title,year");
    assertThat(csv.toString()).contains("ror_parent");
  }

  @Test
  void flaggedWorksAreCountedPerDepartmentOfOurInstitution() throws Exception {
    // Zhejiang University (ROR 00a2xv884, in the sample) as "our" institution; the work is written here, not real
    Work w = new Work("test", 1, "test", null, null, "Example", 2021, List.of(
        new Author("A", null, List.of(Affiliation.ofRaw("School of Computer Science, Zhejiang University, Hangzhou 310027, China"))),
        new Author("B", null, List.of(Affiliation.ofRaw("Harbin Institute of Technology, Harbin, China")))), null);
    PublicationScreener screener = PubFixtures.screener(null, null);
    PublicationSummary s = new PublicationSummary(List.of("test"))
        .withInstitution(new OurInstitution(java.util.Set.of("https://ror.org/00a2xv884"), PubFixtures.ror()));
    ScreenedWork sw = screener.screen(w);
    s.accept(sw);
    assertThat(sw.findings().get(0).resolution().rorId()).isEqualTo("https://ror.org/00a2xv884");
    assertThat(sw.flagged()).isTrue();
    assertThat(s.byDepartment()).containsExactly(Map.entry("School of Computer Science", 1L));
  }
}
