package org.tiescan.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tiescan.text.NameAnalyzers;

class ScoringRecordTest {
  @Test
  void comesBackEqualWithOrderKept() throws IOException {
    List<String> names = List.of(
        NameCodec.encode("name", NameAnalyzers.standard().analyze("杭州海康威视数字技术股份有限公司")),
        NameCodec.encode("alias", NameAnalyzers.standard().analyze("HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.")));
    Map<String, String> identifiers = new LinkedHashMap<>();
    identifiers.put("lei:b", "LEI B");
    identifiers.put("lei:a", "LEI A");
    Set<String> countries = new LinkedHashSet<>(List.of("cn", "hk"));
    ScoringRecord r = new ScoringRecord("id-1", "Company", names, identifiers, countries);
    ScoringRecord back = ScoringRecord.decode(r.encode());
    assertThat(back).isEqualTo(r);
    assertThat(back.identifiers().keySet()).containsExactly("lei:b", "lei:a");
    assertThat(back.countries()).containsExactly("cn", "hk");
  }

  @Test
  void keepsEmptyParts() throws IOException {
    ScoringRecord r = new ScoringRecord("", "Organization", List.of(), Map.of(), Set.of());
    assertThat(ScoringRecord.decode(r.encode())).isEqualTo(r);
  }
}
