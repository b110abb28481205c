package org.tiescan.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tiescan.match.score.TokenRarity;

/**
 * The fingerprint table against the exact answer, on the words of the real IEEE OUI registry (how many
 * registrants' names hold each word), and on the same words when every fingerprint is shared.
 */
class WordStatsTest {
  private static final Path OUI = Path.of(System.getProperty("tiescan.shared.data", "../shared/data"), "oui", "oui.csv");
  private static final double FLOOR = 0.15;
  private static final Map<String, Integer> DOC_FREQS = new TreeMap<>();
  private static int entries;

  @BeforeAll
  static void countWords() throws IOException {
    try (CSVParser csv = CSVParser.parse(Files.newBufferedReader(OUI), CSVFormat.DEFAULT.builder().setHeader()
        .setSkipHeaderRecord(true).build())) {
      for (CSVRecord r : csv) {
        Set<String> words = new HashSet<>();
        for (String w : r.get("Organization Name").toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
          if (!w.isEmpty()) words.add(w);
        }
        words.forEach(w -> DOC_FREQS.merge(w, 1, Integer::sum));
        entries++;
      }
    }
    assertThat(DOC_FREQS).hasSizeGreaterThan(10_000);
  }

  @Test
  void everyWordGetsItsOwnStatisticsAndOtherWordsNone() {
    assertExact(WordStats::fingerprint, true);
  }

  /**
   * Words sharing a fingerprint are answered from the exact map, whatever their number. (A word the
   * index lacks whose fingerprint only one index word has is taken for that word, as documented: with
   * lengths for fingerprints that is certain, so unknown words are checked with one shared fingerprint.)
   */
  @Test
  void wordsSharingAFingerprintAreToldApart() {
    assertExact(word -> word.length() + 1, false);
    assertExact(word -> 7, true);
  }

  private static void assertExact(ToLongFunction<String> fingerprint, boolean checkUnknown) {
    WordStats stats = new WordStats(DOC_FREQS.size(), entries, FLOOR, fingerprint);
    DOC_FREQS.forEach(stats::put);
    stats.built();
    DOC_FREQS.forEach((word, df) -> {
      assertThat(stats.docFreq(word)).as(word).isEqualTo(df);
      assertThat(stats.rarity(word)).as(word).isEqualTo(TokenRarity.fromDocFreq(df, entries, FLOOR));
      // a misspelling the registry does not have
      String other = word + "q";
      if (checkUnknown && !DOC_FREQS.containsKey(other)) {
        assertThat(stats.docFreq(other)).as(other).isZero();
        assertThat(stats.rarity(other)).as(other).isEqualTo(TokenRarity.fromDocFreq(0, entries, FLOOR));
      }
    });
  }
}
