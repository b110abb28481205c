package org.tiescan.screen.publications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tiescan.sources.ror.RorDump;
import org.tiescan.sources.ror.RorRecord;

/**
 * Affiliation-resolution precision and recall on a labelled set built from the shared data (numbers
 * in docs/benchmarks.md and docs/matching.md):
 * <ul>
 *   <li>OpenAlex: every raw affiliation string of work W2741809807 with the ROR ids OpenAlex ties it to
 *       (its {@code affiliations[].institution_ids} → {@code institutions[].ror}); the registry is the ROR
 *       sample plus those institutions (id, name, country as OpenAlex gives them);</li>
 *   <li>ROR perturbed: each ROR sample record with an English display name, written five ways as
 *       affiliations are (department prefix and city; lower case; Web of Science abbreviations and
 *       "Peoples R China"; one letter dropped; the Chinese label alone);</li>
 *   <li>negatives: the OpenAlex strings against the ROR sample alone (their organisations are not in it),
 *       which must resolve to nothing.</li>
 * </ul>
 */
class AffiliationResolutionEvalTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Case(String set, String raw, Set<String> truth) {}

  record Score(int total, int resolved, int correct) {
    double precision() { return resolved == 0 ? 1 : correct / (double) resolved; }
    double recall() { return total == 0 ? 1 : correct / (double) total; }
  }

  @Test
  void precisionAndRecallOnTheLabelledSet() throws Exception {
    List<RorRecord> sample = new ArrayList<>();
    RorDump.read(PubFixtures.file("ror-v2-cn-sample.jsonl"), sample::add);
    List<RorRecord> withOpenAlex = new ArrayList<>(sample);
    List<Case> cases = new ArrayList<>();
    openAlexCases(cases, withOpenAlex);
    rorCases(cases, sample);
    Map<String, Score> scores = evaluate(cases, new AffiliationResolver(RorRegistry.of(withOpenAlex, "eval"),
        AffiliationResolver.DEFAULT_THRESHOLD));
    AffiliationResolver sampleOnly = new AffiliationResolver(RorRegistry.of(sample, "sample"), AffiliationResolver.DEFAULT_THRESHOLD);
    int falseResolutions = 0;
    int negatives = 0;
    for (Case c : cases) {
      if (!c.set().equals("openalex")) continue;
      negatives++;
      if (sampleOnly.resolve(Affiliation.ofRaw(c.raw())).resolved()) falseResolutions++;
    }
    scores.forEach((set, s) -> System.out.printf(Locale.ROOT, "affiliation resolution %-14s n=%3d resolved=%3d correct=%3d "
        + "precision=%.3f recall=%.3f%n", set, s.total(), s.resolved(), s.correct(), s.precision(), s.recall()));
    System.out.printf(Locale.ROOT, "affiliation resolution negatives     n=%3d wrongly resolved=%d%n", negatives, falseResolutions);
    Score all = scores.get("all");
    assertThat(all.total()).isGreaterThan(1000);
    assertThat(all.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(all.recall()).isGreaterThanOrEqualTo(0.80);
    assertThat(falseResolutions).isLessThanOrEqualTo(1);
  }

  private static Map<String, Score> evaluate(List<Case> cases, AffiliationResolver resolver) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Case c : cases) {
      Resolution r = resolver.resolve(Affiliation.ofRaw(c.raw()));
      for (String key : List.of(c.set(), "all")) {
        int[] n = counts.computeIfAbsent(key, k -> new int[3]);
        n[0]++;
        if (r.resolved()) n[1]++;
        if (r.resolved() && c.truth().contains(r.rorId())) n[2]++;
      }
    }
    Map<String, Score> out = new LinkedHashMap<>();
    counts.forEach((k, n) -> out.put(k, new Score(n[0], n[1], n[2])));
    return out;
  }

  private static void openAlexCases(List<Case> cases, List<RorRecord> registry) throws Exception {
    JsonNode w = JSON.readTree(Files.readString(PubFixtures.file("W2741809807.json")));
    Set<String> added = new HashSet<>();
    for (JsonNode a : w.path("authorships")) {
      Map<String, JsonNode> inst = new LinkedHashMap<>();
      for (JsonNode i : a.path("institutions")) {
        inst.put(i.path("id").asText(), i);
        String ror = RorRecord.canonical(i.path("ror").asText());
        if (added.add(ror)) {
          registry.add(new RorRecord(ror, i.path("display_name").asText(), List.of(i.path("display_name").asText()), List.of(),
              i.path("country_code").asText().toLowerCase(Locale.ROOT), null, List.of(), List.of(), List.of(), "active", null));
        }
      }
      for (JsonNode af : a.path("affiliations")) {
        Set<String> truth = new HashSet<>();
        af.path("institution_ids").forEach(id -> truth.add(RorRecord.canonical(inst.get(id.asText()).path("ror").asText())));
        cases.add(new Case("openalex", af.path("raw_affiliation_string").asText(), truth));
      }
    }
  }

  private static final Map<String, String> WOS = Map.of("University", "Univ", "Institute", "Inst", "Technology", "Technol",
      "Sciences", "Sci", "Science", "Sci", "Academy", "Acad", "Laboratory", "Lab", "Hospital", "Hosp", "Engineering", "Engn",
      "National", "Natl");

  private static void rorCases(List<Case> cases, List<RorRecord> sample) {
    for (RorRecord r : sample) {
      String name = r.displayName();
      if (!name.matches("[\\p{ASCII}]+")) continue;
      String city = r.city() == null ? "Beijing" : r.city();
      Set<String> truth = Set.of(r.id());
      cases.add(new Case("ror-dept", "Department of Chemistry, " + name + ", " + city + ", China", truth));
      cases.add(new Case("ror-lower", name.toLowerCase(Locale.ROOT) + ", " + city.toLowerCase(Locale.ROOT), truth));
      String wos = name;
      for (Map.Entry<String, String> e : WOS.entrySet()) wos = wos.replace(e.getKey(), e.getValue());
      cases.add(new Case("ror-wos", wos.replace(" of ", " ") + ", " + city + " 100000, Peoples R China", truth));
      cases.add(new Case("ror-typo", dropLetter(name) + ", " + city + ", China", truth));
      for (String n : r.names()) {
        if (n.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
          cases.add(new Case("ror-chinese", n, truth));
          break;
        }
      }
    }
  }

  /** The longest word loses its third letter: "Harbin Institute" → "Harbin Insitute". */
  private static String dropLetter(String name) {
    String[] words = name.split(" ");
    int longest = 0;
    for (int i = 1; i < words.length; i++) if (words[i].length() > words[longest].length()) longest = i;
    if (words[longest].length() >= 5) words[longest] = words[longest].substring(0, 2) + words[longest].substring(3);
    return String.join(" ", words);
  }
}
