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
    ScoringRecord back = roundTrip(record(names));
    assertThat(withoutTraits(back)).isEqualTo(record(names));
    assertThat(back.names().get(0).analyzed().tokens()).isNotEmpty();
  }

  @Test
  void keepsTheOrderOfIdentifiersAndCountries() throws IOException {
    ScoringRecord back = roundTrip(record(List.of()));
    assertThat(back.identifiers().keySet()).containsExactly("lei:b", "lei:a");
    assertThat(back.countries()).containsExactly("hk", "cn");
  }

  @Test
  void writesAbsentPartsAsEmpty() throws IOException {
    AnalyzedName a = new AnalyzedName("x", null, List.of());
    ScoringRecord r = new ScoringRecord("", "Organization", List.of(new ScoringRecord.Name(null, a)), Map.of(), Set.of());
    ScoringRecord.Name back = roundTrip(r).names().get(0);
    assertThat(back.prop()).isEmpty();
    assertThat(back.analyzed().script()).isEmpty();
  }

  /** Properties, scripts, routes and countries recur in every record: decoded once, then shared. */
  @Test
  void sharesTheValuesThatRecurAndKeepsOthersApart() {
    ScoringRecord.Name name = new ScoringRecord.Name("alias", NameAnalyzers.standard().analyze("杭州海康威视数字技术股份有限公司"));
    ScoringRecord a = roundTrip(record(List.of(name)));
    ScoringRecord b = roundTrip(record(List.of(name)));
    assertThat(withoutTraits(b)).isEqualTo(withoutTraits(a));
    assertThat(b.names().get(0).prop()).isSameAs(a.names().get(0).prop());
    assertThat(b.names().get(0).analyzed().script()).isSameAs(a.names().get(0).analyzed().script());
    assertThat(b.countries().iterator().next()).isSameAs(a.countries().iterator().next());
    // a name's own text is never shared: it is decoded for each record
    assertThat(b.names().get(0).analyzed().original()).isNotSameAs(a.names().get(0).analyzed().original());
  }

  @Test
  void aSingleCountryAndNoIdentifierComeBackEqual() {
    ScoringRecord r = new ScoringRecord("id-2", "Company", List.of(), Map.of(), Set.of("cn"));
    assertThat(roundTrip(r)).isEqualTo(r);
  }

  @Test
  void aCutRecordSaysTheIndexMustBeRebuilt() {
    TokenVocabulary.Builder vocabulary = new TokenVocabulary.Builder();
    org.apache.lucene.util.BytesRef whole = record(List.of()).encode(vocabulary);
    org.apache.lucene.util.BytesRef cut = new org.apache.lucene.util.BytesRef(whole.bytes, whole.offset, whole.length - 3);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScoringRecord.decode(cut, vocabulary.build()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("rebuild the index");
  }

  /**
   * Records name their tokens by number in the index's vocabulary: two records' common tokens come back as
   * one token with one set of traits, equal to the analysed ones; tokens differing in any part (here the
   * source's case) are two.
   */
  @Test
  void recordsShareTheTokensTheyHaveInCommon() {
    ScoringRecord.Name upper = new ScoringRecord.Name("name", NameAnalyzers.standard().analyze("HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD."));
    ScoringRecord.Name han = new ScoringRecord.Name("alias", NameAnalyzers.standard().analyze("杭州海康威视数字技术股份有限公司"));
    ScoringRecord.Name mixed = new ScoringRecord.Name("alias", NameAnalyzers.standard().analyze("Hangzhou Hikvision Digital Technology Co., Ltd."));
    TokenVocabulary.Builder builder = new TokenVocabulary.Builder();
    org.apache.lucene.util.BytesRef firstBytes = record(List.of(upper, han)).encode(builder);
    org.apache.lucene.util.BytesRef secondBytes = record(List.of(upper, mixed)).encode(builder);
    TokenVocabulary vocabulary = builder.build();
    ScoringRecord first = ScoringRecord.decode(firstBytes, vocabulary);
    ScoringRecord second = ScoringRecord.decode(secondBytes, vocabulary);

    assertThat(withoutTraits(first)).isEqualTo(record(List.of(upper, han)));
    for (ScoringRecord.Name n : first.names()) {
      List<org.tiescan.text.NameToken> tokens = n.analyzed().tokens();
      assertThat(n.traits()).hasSize(tokens.size());
      for (int t = 0; t < tokens.size(); t++) assertThat(n.traits()[t].token()).isSameAs(tokens.get(t));
    }
    org.tiescan.match.score.TokenTraits[] again = second.names().get(0).traits();
    for (int t = 0; t < again.length; t++) assertThat(again[t]).isSameAs(first.names().get(0).traits()[t]);
    org.tiescan.text.NameToken hangzhou = first.names().get(0).analyzed().tokens().get(0);
    org.tiescan.text.NameToken mixedHangzhou = second.names().get(1).analyzed().tokens().get(0);
    assertThat(mixedHangzhou.text()).isEqualTo(hangzhou.text());
    assertThat(mixedHangzhou).isNotSameAs(hangzhou);
    // the second record's first name adds nothing to the vocabulary
    int written = 0;
    for (ScoringRecord r : List.of(first, second)) for (ScoringRecord.Name n : r.names()) written += n.analyzed().tokens().size();
    assertThat(vocabulary.size()).isEqualTo(written - upper.analyzed().tokens().size());
  }

  /**
   * Records decoded together (their traits looked up for all of them first) come back as each decoded on
   * its own: same records, same traits, in order; identifiers and several countries included.
   */
  @Test
  void recordsDecodedTogetherAreThoseDecodedOneByOne() {
    TokenVocabulary.Builder builder = new TokenVocabulary.Builder();
    List<ScoringRecord> records = List.of(
        record(List.of(new ScoringRecord.Name("name", NameAnalyzers.standard().analyze("Xinjiang Production and Construction Corps (XPCC)")),
            new ScoringRecord.Name("alias", NameAnalyzers.standard().analyze("新疆生产建设兵团")))),
        new ScoringRecord("id-2", "Company", List.of(new ScoringRecord.Name("name", NameAnalyzers.standard().analyze("Hikvision"))),
            java.util.Map.of("lei:a", "LEI A"), new java.util.LinkedHashSet<>(List.of("cn", "hk"))),
        new ScoringRecord("id-3", "Company", List.of(), java.util.Map.of(), java.util.Set.of()));
    org.apache.lucene.util.BytesRef[] bytes = records.stream().map(r -> r.encode(builder)).toArray(org.apache.lucene.util.BytesRef[]::new);
    TokenVocabulary vocabulary = builder.build();
    ScoringRecord[] together = ScoringRecord.decode(bytes, bytes.length, vocabulary);
    assertThat(together).hasSize(records.size());
    for (int r = 0; r < records.size(); r++) {
      ScoringRecord alone = ScoringRecord.decode(bytes[r], vocabulary);
      assertThat(withoutTraits(together[r])).isEqualTo(withoutTraits(alone)).isEqualTo(records.get(r));
      for (int n = 0; n < alone.names().size(); n++) {
        assertThat(together[r].names().get(n).traits()).containsExactly(alone.names().get(n).traits());
      }
    }
  }

  /** The vocabulary file comes back whole, and a changed byte in it is refused rather than misread. */
  @Test
  void theVocabularyFileIsCheckedWhenRead() throws IOException {
    TokenVocabulary.Builder builder = new TokenVocabulary.Builder();
    ScoringRecord r = record(List.of(new ScoringRecord.Name("name", NameAnalyzers.standard().analyze("Xinjiang Production and Construction Corps (XPCC)"))));
    org.apache.lucene.util.BytesRef bytes = r.encode(builder);
    try (org.apache.lucene.store.Directory dir = new org.apache.lucene.store.ByteBuffersDirectory()) {
      builder.write(dir);
      assertThat(withoutTraits(ScoringRecord.decode(bytes, TokenVocabulary.read(dir)))).isEqualTo(r);

      byte[] file = new byte[(int) dir.fileLength(TokenVocabulary.FILE)];
      try (org.apache.lucene.store.IndexInput in = dir.openInput(TokenVocabulary.FILE, org.apache.lucene.store.IOContext.READONCE)) {
        in.readBytes(file, 0, file.length);
      }
      file[file.length / 2] ^= 1;
      dir.deleteFile(TokenVocabulary.FILE);
      try (org.apache.lucene.store.IndexOutput out = dir.createOutput(TokenVocabulary.FILE, org.apache.lucene.store.IOContext.DEFAULT)) {
        out.writeBytes(file, file.length);
      }
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> TokenVocabulary.read(dir))
          .isInstanceOf(org.apache.lucene.index.CorruptIndexException.class);
    }
  }

  private static ScoringRecord roundTrip(ScoringRecord r) {
    TokenVocabulary.Builder vocabulary = new TokenVocabulary.Builder();
    org.apache.lucene.util.BytesRef bytes = r.encode(vocabulary);
    return ScoringRecord.decode(bytes, vocabulary.build());
  }

  /** The record with its names' traits left out, to compare with one made by hand. */
  private static ScoringRecord withoutTraits(ScoringRecord r) {
    List<ScoringRecord.Name> names = r.names().stream().map(n -> new ScoringRecord.Name(n.prop(), n.analyzed())).toList();
    return new ScoringRecord(r.id(), r.schema(), names, r.identifiers(), r.countries());
  }

  private static ScoringRecord record(List<ScoringRecord.Name> names) {
    Map<String, String> identifiers = new LinkedHashMap<>();
    identifiers.put("lei:b", "LEI B");
    identifiers.put("lei:a", "LEI A");
    return new ScoringRecord("id-1", "Company", names, identifiers, new LinkedHashSet<>(List.of("hk", "cn")));
  }
}
