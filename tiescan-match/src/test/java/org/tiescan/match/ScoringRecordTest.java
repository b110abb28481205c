package org.tiescan.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tiescan.text.AnalyzedName;
import org.tiescan.text.NameAnalyzers;

class ScoringRecordTest {
  @Test
  void analysedNamesComeBackEqual() throws IOException {
    List<ScoringRecord.Name> names = new ArrayList<>();
    for (String name : new String[] {"杭州海康威视数字技术股份有限公司", "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.",
        "Xinjiang Production and Construction Corps (XPCC)", "", "a\u001Fb"}) {
      names.add(new ScoringRecord.Name("alias", NameAnalyzers.standard().analyze(name)));
    }
    ScoringRecord back = ScoringRecord.decode(record(names).encode());
    assertThat(back).isEqualTo(record(names));
    assertThat(back.names().get(0).analyzed().tokens()).isNotEmpty();
  }

  @Test
  void keepsTheOrderOfIdentifiersAndCountries() throws IOException {
    ScoringRecord back = ScoringRecord.decode(record(List.of()).encode());
    assertThat(back.identifiers().keySet()).containsExactly("lei:b", "lei:a");
    assertThat(back.countries()).containsExactly("hk", "cn");
  }

  @Test
  void writesAbsentPartsAsEmpty() throws IOException {
    AnalyzedName a = new AnalyzedName("x", null, List.of());
    ScoringRecord r = new ScoringRecord("", "Organization", List.of(new ScoringRecord.Name(null, a)), Map.of(), Set.of());
    ScoringRecord.Name back = ScoringRecord.decode(r.encode()).names().get(0);
    assertThat(back.prop()).isEmpty();
    assertThat(back.analyzed().script()).isEmpty();
  }

  /** Properties, scripts, routes and countries recur in every record: decoded once, then shared. */
  @Test
  void sharesTheValuesThatRecurAndKeepsOthersApart() {
    ScoringRecord.Name name = new ScoringRecord.Name("alias", NameAnalyzers.standard().analyze("杭州海康威视数字技术股份有限公司"));
    ScoringRecord a = ScoringRecord.decode(record(List.of(name)).encode());
    ScoringRecord b = ScoringRecord.decode(record(List.of(name)).encode());
    assertThat(b).isEqualTo(a);
    assertThat(b.names().get(0).prop()).isSameAs(a.names().get(0).prop());
    assertThat(b.names().get(0).analyzed().script()).isSameAs(a.names().get(0).analyzed().script());
    assertThat(b.countries().iterator().next()).isSameAs(a.countries().iterator().next());
    // a name's own text is never shared: it is decoded for each record
    assertThat(b.names().get(0).analyzed().original()).isNotSameAs(a.names().get(0).analyzed().original());
  }

  @Test
  void aSingleCountryAndNoIdentifierComeBackEqual() {
    ScoringRecord r = new ScoringRecord("id-2", "Company", List.of(), Map.of(), Set.of("cn"));
    assertThat(ScoringRecord.decode(r.encode())).isEqualTo(r);
  }

  @Test
  void aCutRecordSaysTheIndexMustBeRebuilt() {
    org.apache.lucene.util.BytesRef whole = record(List.of()).encode();
    org.apache.lucene.util.BytesRef cut = new org.apache.lucene.util.BytesRef(whole.bytes, whole.offset, whole.length - 3);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScoringRecord.decode(cut))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("rebuild the index");
  }

  private static ScoringRecord record(List<ScoringRecord.Name> names) {
    Map<String, String> identifiers = new LinkedHashMap<>();
    identifiers.put("lei:b", "LEI B");
    identifiers.put("lei:a", "LEI A");
    return new ScoringRecord("id-1", "Company", names, identifiers, new LinkedHashSet<>(List.of("hk", "cn")));
  }
}
