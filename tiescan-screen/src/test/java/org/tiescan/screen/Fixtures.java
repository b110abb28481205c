package org.tiescan.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tiescan.match.Explanation;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.MatchResult;
import org.tiescan.match.Matcher;
import org.tiescan.match.Query;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.model.Schema;

/**
 * A real list entry for tests that must not depend on the matching engine: the Entity List record of
 * Hikvision as it stands in trade.gov's Consolidated Screening List (../shared/data/lists/us-csl/
 * consolidated-2022-05.csv, _id f095626c9f8becc70b5948507fb6de6e443b257a), and a fake matcher that
 * finds it when a query name contains "hikvision".
 */
public final class Fixtures {
  public static final String HIKVISION_CSL_ID = "f095626c9f8becc70b5948507fb6de6e443b257a";

  private Fixtures() {}

  public static Entity hikvision() {
    Designation el = new Designation("us-bis-entity-list", "Entity List (EL) - Bureau of Industry and Security",
        List.of(), "U.S. Department of Commerce, BIS", List.of("84 FR 54002", "85 FR 44159"), "2019-10-09", null,
        "http://bit.ly/1L47xrV", HIKVISION_CSL_ID, null);
    return Entity.builder("us-csl-" + HIKVISION_CSL_ID, Schema.COMPANY)
        .add(Prop.NAME, "Hangzhou Hikvision Digital Technology Co., Ltd.")
        .add(Prop.ALIAS, "Hikvision")
        .add(Prop.COUNTRY, "cn")
        .add(Prop.ADDRESS, "No. 555 Qianmo Road, Binjiang District, Hangzhou, 310052, CN")
        .dataset("us-csl")
        .sourceId("us-csl:" + HIKVISION_CSL_ID)
        .designation(el)
        .build();
  }

  /** Answers "hikvision" queries with the real entry; a test double, not a matching algorithm. */
  public static Matcher fakeMatcher() {
    Entity hik = hikvision();
    return (Query q, MatchOptions o) -> {
      List<MatchResult> out = new ArrayList<>();
      for (String n : q.names()) {
        if (n.toLowerCase(Locale.ROOT).contains("hikvision")) {
          double score = n.equalsIgnoreCase("Hangzhou Hikvision Digital Technology Co., Ltd.") ? 1.0 : 0.9;
          out.add(new MatchResult(hik, score, score >= o.threshold(), new Explanation(n, hik.caption(),
              List.of(new Explanation.Feature("name.tokens", score, "hikvision = hikvision")),
              "name '" + n + "' ~ name '" + hik.caption() + "'")));
          break;
        }
      }
      return out;
    };
  }
}
