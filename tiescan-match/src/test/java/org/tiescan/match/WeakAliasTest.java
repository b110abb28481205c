package org.tiescan.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.sources.csl.CslCsvSource;
import org.tiescan.text.NameAnalyzers;

/**
 * A weak alias never makes a hit on its own (FollowTheMoney's {@code weakAlias}: "should not be used for
 * matching in screening systems"). The record is the real CSL 2022-05 entry of IRAN AIRCRAFT MANUFACTURING
 * INDUSTRIAL COMPANY (SDN 11195), whose aliases include the bare acronyms "HTC" (of its alias "HESA TRADE
 * CENTER") and "IAMCO": read as the CSL gives it, "HTC Corporation", an unrelated company's name, matches
 * it at 1.0. The CSL marks no alias as weak, so the second copy is the same record with those two aliases
 * under {@code weakAlias}, as a list that marks its weak aliases (OFAC's XML, the EU's, the UK's, the UN's)
 * carries them.
 */
class WeakAliasTest {
  private static final Path CSL = Path.of(System.getProperty("tiescan.shared.data", "../shared/data"),
      "lists/us-csl/consolidated-2022-05.csv");
  private static final String WEAK_COPY = "weak-copy";
  private static Entity asListed;
  private static MatchIndex asListedIndex;
  private static MatchIndex weakIndex;

  @BeforeAll
  static void build() throws IOException {
    List<Entity> found = new ArrayList<>();
    new CslCsvSource().read(CSL, e -> {
      if (e.caption().equals("IRAN AIRCRAFT MANUFACTURING INDUSTRIAL COMPANY")) found.add(e);
    });
    assertThat(found).hasSize(1);
    asListed = found.get(0);
    assertThat(asListed.values(Prop.ALIAS)).contains("HTC", "HESA TRADE CENTER");
    asListedIndex = MatchIndex.inMemory(List.of(asListed).iterator(), NameAnalyzers.standard());
    assertThat(asListed.values(Prop.ALIAS)).contains("IAMCO");
    weakIndex = MatchIndex.inMemory(List.of(withWeakAliases(asListed, List.of("HTC", "IAMCO"))).iterator(),
        NameAnalyzers.standard());
  }

  @AfterAll
  static void close() throws IOException {
    asListedIndex.close();
    weakIndex.close();
  }

  /** The record under another id, with {@code weak} moved from the aliases to the weak aliases. */
  private static Entity withWeakAliases(Entity e, List<String> weak) {
    Entity.Builder b = Entity.builder(WEAK_COPY, e.schema());
    for (Map.Entry<String, List<String>> p : e.properties().entrySet()) {
      for (String v : p.getValue()) b.add(p.getKey().equals(Prop.ALIAS) && weak.contains(v) ? Prop.WEAK_ALIAS : p.getKey(), v);
    }
    e.designations().forEach(b::designation);
    return b.build();
  }

  private static MatchResult best(MatchIndex index, String name) {
    List<MatchResult> results = index.match(Query.ofName(name), new MatchOptions(MatchOptions.DEFAULT_THRESHOLD, 5, true));
    assertThat(results).as(name).isNotEmpty();
    return results.get(0);
  }

  @Test
  void aWeakAliasAloneScoresAtMostTheCapAndMakesNoHit() {
    MatchResult alias = best(asListedIndex, "IAMCO Ltd");
    assertThat(alias.score()).isEqualTo(1.0);
    assertThat(alias.match()).isTrue();

    MatchResult weak = best(weakIndex, "IAMCO Ltd");
    assertThat(weak.entity().id()).isEqualTo(WEAK_COPY);
    assertThat(weak.score()).isEqualTo(EntityScorer.WEAK_ALIAS_CAP);
    assertThat(weak.match()).isFalse();
    assertThat(weak.explanation().summary()).contains("weakAlias 'IAMCO'");
    assertThat(weak.explanation().features()).anySatisfy(f -> {
      assertThat(f.name()).isEqualTo("name.weak_alias");
      assertThat(f.value()).isEqualTo(-0.4);
    });
    assertThat(weakIndex.match(Query.ofName("IAMCO Ltd"), MatchOptions.defaults())).isEmpty();
  }

  /** "HTC" still spells the initials of the strong alias HESA TRADE CENTER: that evidence, weaker than 1.0, decides. */
  @Test
  void otherEvidenceForTheSameQueryStillCounts() {
    assertThat(best(asListedIndex, "HTC Corporation").score()).isEqualTo(1.0);
    MatchResult weak = best(weakIndex, "HTC Corporation");
    assertThat(weak.explanation().matchedName()).isEqualTo("HESA TRADE CENTER");
    assertThat(weak.explanation().features()).anySatisfy(f -> assertThat(f.name()).isEqualTo("name.acronym"));
    assertThat(weak.score()).isGreaterThan(EntityScorer.WEAK_ALIAS_CAP).isLessThan(0.9);
  }

  @Test
  void theEntitysOtherNamesStillMatchInFull() {
    for (String name : List.of("Iran Aircraft Manufacturing Industrial Co.", "HESA Trade Center", "IAMI")) {
      MatchResult r = best(weakIndex, name);
      assertThat(r.match()).as(name).isTrue();
      assertThat(r.score()).as(name).isEqualTo(best(asListedIndex, name).score());
      assertThat(r.explanation().features()).as(name).noneMatch(f -> f.name().equals("name.weak_alias"));
    }
  }
}
