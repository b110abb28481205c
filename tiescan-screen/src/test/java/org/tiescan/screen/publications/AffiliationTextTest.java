package org.tiescan.screen.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.MatchResult;
import org.tiescan.match.Query;

/** Raw affiliation strings from the issue and the OpenAlex sample; KindGuard on real list rows. */
class AffiliationTextTest {
  @Test
  void issueExampleSplitsIntoOrganisationSegmentsAndCountry() {
    String raw = "School of Computer Science, Harbin Institute of Technology, Harbin 150001, China";
    assertThat(AffiliationText.segments(raw)).containsExactly("School of Computer Science", "Harbin Institute of Technology");
    assertThat(AffiliationText.country(raw)).isEqualTo("cn");
    assertThat(AffiliationText.isUnit("School of Computer Science")).isTrue();
    assertThat(AffiliationText.isUnit("Harbin Institute of Technology")).isFalse();
  }

  @Test
  void webOfScienceAndBareNames() {
    assertThat(AffiliationText.segments("Harbin Inst Technol, Sch Comp Sci, Harbin 150001, Peoples R China"))
        .containsExactly("Harbin Inst Technol", "Sch Comp Sci");
    assertThat(AffiliationText.country("Harbin Inst Technol, Harbin 150001, Peoples R China")).isEqualTo("cn");
    assertThat(AffiliationText.segments("Impactstory, Sanford, NC, USA")).containsExactly("Impactstory");
    assertThat(AffiliationText.segments("哈尔滨工业大学，哈尔滨 150001")).containsExactly("哈尔滨工业大学");
  }

  @Test
  void guardRejectsSharedWordMatchesAndKeepsTrueOnes() throws Exception {
    assertThat(plausible("Harbin Institute of Technology")).containsExactly("Harbin Institute of Technology");
    assertThat(plausible("Beihang University")).isNotEmpty();
    // the engine scores these at or above 0.8; the guard drops them (Harbin Engineering University is listed too)
    assertThat(plausible("Harbin University of Science and Technology")).isEmpty();
    assertThat(KindGuard.kinds("北京航空航天大学")).contains("university");
    assertThat(KindGuard.kinds("Harbin Inst Technol")).contains("institute");
  }

  private static List<String> plausible(String name) throws Exception {
    return PubFixtures.lists().match(Query.ofName(name), new MatchOptions(0.8, 5, false)).stream()
        .filter(MatchResult::match).filter(KindGuard::plausible).map(m -> m.entity().caption()).distinct().toList();
  }
}
