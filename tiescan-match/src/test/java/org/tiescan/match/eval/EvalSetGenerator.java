package org.tiescan.match.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Builds the labelled evaluation sets in {@code src/test/resources/eval/} from the real list files in
 * {@code ../shared/data}, reproducibly (sorted inputs, fixed random seed). Positives pair names of the
 * same list entry; hard negatives pair names of different entries that share words.
 *
 * <p>Run: see {@code src/test/resources/eval/README.md}.
 */
public final class EvalSetGenerator {
  static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final long SEED = 20250101L;

  /** One labelled pair. */
  record Pair(String left, String right, String schema, int label, String source) {}

  /** One list entry: its id, schema and names (primary first). */
  record Entry(String id, String schema, List<String> names) {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    Path out = Path.of(args.length > 1 ? args[1] : "tiescan-match/src/test/resources/eval");
    Files.createDirectories(out);
    List<List<Entry>> latinPools = List.of(cslEntries(data), ofacEntries(data, "us-ofac-sdn", "sdn.csv", "alt.csv"),
        ofacEntries(data, "us-ofac-cons", "cons_prim.csv", "cons_alt.csv"), entries1260h(data));
    write(out.resolve("latin-orgs.csv"), pairs(latinPools, false));
    write(out.resolve("latin-variants.csv"), variants(latinPools, 400));
    List<List<Entry>> hanPools = List.of(rorEntries(data), euEntries(data, "LegalEntity"), euEntries(data, "Person"));
    write(out.resolve("han-english.csv"), pairs(hanPools, true));
  }

  // ---- pairing ----

  static List<Pair> pairs(List<List<Entry>> pools, boolean crossScript) {
    List<Pair> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (List<Entry> pool : pools) {
      List<Pair> positives = positives(pool, crossScript, seen);
      out.addAll(positives);
      out.addAll(hardNegatives(pool, crossScript, positives.size(), seen));
    }
    return out;
  }

  private static List<Pair> positives(List<Entry> pool, boolean crossScript, Set<String> seen) {
    List<Pair> out = new ArrayList<>();
    for (Entry e : pool) {
      List<String> lefts = crossScript ? han(e.names(), true) : e.names().subList(0, 1);
      List<String> rights = crossScript ? han(e.names(), false) : e.names().subList(1, e.names().size());
      for (String l : lefts) {
        for (String r : rights) {
          if (norm(l).equals(norm(r)) || !seen.add(norm(l) + "|" + norm(r))) continue;
          out.add(new Pair(l, r, e.schema(), 1, e.id()));
        }
      }
    }
    return out;
  }

  /** Different entries sharing the most words with each entry, as many as there are positives. */
  private static List<Pair> hardNegatives(List<Entry> pool, boolean crossScript, int count, Set<String> seen) {
    Map<String, List<Entry>> byWord = new HashMap<>();
    for (Entry e : pool) {
      for (String w : Evaluator.words(englishNames(e, crossScript))) byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
    }
    List<Entry> order = new ArrayList<>(pool);
    Collections.shuffle(order, new Random(SEED));
    Random pick = new Random(SEED + 1);
    List<Pair> out = new ArrayList<>();
    for (int round = 0; round < 3 && out.size() < count; round++) {
      for (Entry a : order) {
        if (out.size() >= count) break;
        Entry b = closestOther(a, byWord, crossScript, pick);
        if (b == null) continue;
        List<String> lefts = crossScript ? han(a.names(), true) : a.names();
        List<String> rights = englishNames(b, crossScript);
        if (lefts.isEmpty() || rights.isEmpty()) continue;
        String l = lefts.get(pick.nextInt(lefts.size()));
        String r = rights.get(pick.nextInt(rights.size()));
        if (!seen.add(norm(l) + "|" + norm(r))) continue;
        out.add(new Pair(l, r, a.schema(), 0, a.id() + "|" + b.id()));
      }
    }
    return out;
  }

  private static Entry closestOther(Entry a, Map<String, List<Entry>> byWord, boolean crossScript, Random pick) {
    Map<Entry, Integer> shared = new LinkedHashMap<>();
    for (String w : Evaluator.words(englishNames(a, crossScript))) {
      List<Entry> with = byWord.get(w);
      if (with.size() > 2000) continue; // "company"-like words say nothing
      for (Entry b : with) shared.merge(b, 1, Integer::sum);
    }
    Set<String> aNames = normNames(a);
    List<Entry> best = new ArrayList<>();
    int bestCount = 0;
    for (Map.Entry<Entry, Integer> s : shared.entrySet()) {
      Entry b = s.getKey();
      if (b == a || !b.schema().equals(a.schema()) || !Collections.disjoint(aNames, normNames(b))) continue;
      if (Evaluator.words(List.of(b.names().get(0))).equals(Evaluator.words(List.of(a.names().get(0))))) continue;
      if (s.getValue() > bestCount) {
        best.clear();
        bestCount = s.getValue();
      }
      if (s.getValue() == bestCount) best.add(b);
    }
    return best.isEmpty() ? null : best.get(pick.nextInt(best.size()));
  }

  private static List<String> englishNames(Entry e, boolean crossScript) {
    return crossScript ? han(e.names(), false) : e.names();
  }

  static List<String> han(List<String> names, boolean wantHan) {
    return names.stream().filter(n -> HAN.matcher(n).find() == wantHan).toList();
  }

  static String norm(String name) {
    return String.join(" ", name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
  }

  private static Set<String> normNames(Entry e) {
    Set<String> out = new HashSet<>();
    e.names().forEach(n -> out.add(norm(n)));
    return out;
  }

  /**
   * Perturbed forms of listed names (positives) and the same perturbation of the closest different
   * entry's name (hard negatives), {@code perPool} entries sampled from each pool.
   */
  static List<Pair> variants(List<List<Entry>> pools, int perPool) {
    List<Pair> positives = new ArrayList<>();
    List<Pair> negatives = new ArrayList<>();
    Random pick = new Random(SEED + 2);
    for (List<Entry> pool : pools) {
      Map<String, List<Entry>> byWord = new HashMap<>();
      for (Entry e : pool) for (String w : Evaluator.words(e.names())) byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
      List<Entry> order = new ArrayList<>(pool);
      Collections.shuffle(order, new Random(SEED + 3));
      int made = 0;
      for (Entry e : order) {
        if (made >= perPool) break;
        String name = e.names().get(0);
        var kind = Perturbations.ALL.get(made % Perturbations.ALL.size());
        String variant = kind.getValue().apply(name, pick);
        if (variant == null || variant.isBlank() || variant.equals(name)) continue;
        positives.add(new Pair(name, variant, e.schema(), 1, e.id() + " variant:" + kind.getKey()));
        Entry other = closestOther(e, byWord, false, pick);
        if (other != null) {
          String otherVariant = kind.getValue().apply(other.names().get(0), pick);
          if (otherVariant != null) {
            negatives.add(new Pair(name, otherVariant, e.schema(), 0, e.id() + "|" + other.id() + " variant:" + kind.getKey()));
          }
        }
        made++;
      }
    }
    positives.addAll(negatives);
    return positives;
  }

  // ---- sources ----

  /**
   * CSL organisations, except SDN rows (the OFAC files below carry those). Rows without a type are
   * mixed; the Denied Persons and ITAR Debarred lists (mostly people) and rows with birth data are left out.
   */
  static List<Entry> cslEntries(Path data) throws IOException {
    List<Entry> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(data.resolve("lists/us-csl/consolidated-2022-05.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
        String type = row.get("type");
        String source = row.get("source");
        if (!(type.isEmpty() || type.equals("Entity")) || source.startsWith("Specially Designated")
            || source.startsWith("Denied Persons") || source.startsWith("ITAR Debarred")
            || !row.get("dates_of_birth").isBlank() || !row.get("places_of_birth").isBlank()) continue;
        List<String> names = new ArrayList<>();
        names.add(row.get("name").strip());
        for (String alt : row.get("alt_names").split(";")) if (!alt.isBlank()) names.add(alt.strip());
        out.add(new Entry("us-csl:" + row.get("_id"), "Organization", names));
      }
    }
    return sorted(out);
  }

  /** OFAC legacy files: organisations (type -0-) with their aliases from the alt file. */
  static List<Entry> ofacEntries(Path data, String dataset, String prim, String alt) throws IOException {
    Path dir = data.resolve(dataset.equals("us-ofac-sdn") ? "lists/us-ofac-sdn" : "lists/us-ofac-consolidated");
    Map<String, List<String>> names = new LinkedHashMap<>();
    for (CSVRecord row : legacy(dir.resolve(prim))) {
      if (row.size() > 2 && value(row.get(2)).isEmpty()) {
        names.put(row.get(0).strip(), new ArrayList<>(List.of(row.get(1).strip())));
      }
    }
    for (CSVRecord row : legacy(dir.resolve(alt))) {
      List<String> n = names.get(row.get(0).strip());
      if (n != null && row.size() > 3 && !value(row.get(3)).isEmpty()) n.add(row.get(3).strip());
    }
    List<Entry> out = new ArrayList<>();
    names.forEach((id, n) -> out.add(new Entry(dataset + ":" + id, "Organization", n)));
    return sorted(out);
  }

  private static List<CSVRecord> legacy(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      return CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).build().parse(r).getRecords();
    }
  }

  private static String value(String v) {
    String s = v.strip();
    return s.equals("-0-") ? "" : s;
  }

  /** DoD 1260H: the listed name, its clean name, aliases and previous names. */
  static List<Entry> entries1260h(Path data) throws IOException {
    Map<String, LinkedHashSet<String>> byClean = new LinkedHashMap<>();
    try (Reader r = Files.newBufferedReader(data.resolve("lists/us-dod-1260h/1260h.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
        String clean = row.get("Clean Name").strip();
        if (clean.isEmpty()) continue;
        LinkedHashSet<String> n = byClean.computeIfAbsent(clean, k -> new LinkedHashSet<>(List.of(k)));
        for (String col : List.of("Alias", "Previous Name")) {
          for (String v : row.get(col).split(";")) if (!v.isBlank()) n.add(v.strip());
        }
      }
    }
    List<Entry> out = new ArrayList<>();
    byClean.forEach((clean, n) -> out.add(new Entry("us-dod-1260h:" + clean, "Organization", new ArrayList<>(n))));
    return sorted(out);
  }

  /** ROR records with a Chinese-script name: the Han names and the Latin ones (acronyms left out). */
  static List<Entry> rorEntries(Path data) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Entry> out = new ArrayList<>();
    for (String line : Files.readAllLines(data.resolve("publications/ror/ror-v2-cn-sample.jsonl"))) {
      if (line.isBlank()) continue;
      JsonNode o = json.readTree(line);
      List<String> names = new ArrayList<>();
      for (JsonNode n : o.get("names")) {
        boolean acronym = false;
        for (JsonNode t : n.get("types")) acronym |= t.asText().equals("acronym");
        if (!acronym) names.add(n.get("value").asText().strip());
      }
      if (!han(names, true).isEmpty() && !han(names, false).isEmpty()) {
        out.add(new Entry("ror:" + o.get("id").asText().replace("https://ror.org/", ""), "Organization", names));
      }
    }
    return sorted(out);
  }

  /** EU Reg. 2020/1998 rows whose names include Chinese script. */
  static List<Entry> euEntries(Path data, String schema) throws IOException {
    List<Entry> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(data.resolve("lists/eu/reg-2020-1998.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
        if (!row.get("schema").equals(schema)) continue;
        List<String> names = new ArrayList<>();
        for (String col : List.of("name", "alias", "weakAlias", "previousName")) {
          for (String v : row.get(col).split(";")) if (!v.isBlank()) names.add(v.strip());
        }
        out.add(new Entry("eu-2020-1998:" + row.get("recordId"), schema, names));
      }
    }
    List<Entry> withHan = out.stream().filter(e -> !han(e.names(), true).isEmpty()).toList();
    // keep the Latin-only rows of the same schema too: they are the hard negatives' right sides
    return sorted(withHan.isEmpty() ? List.of() : out);
  }

  private static List<Entry> sorted(List<Entry> entries) {
    List<Entry> out = new ArrayList<>(entries);
    out.sort(Comparator.comparing(Entry::id));
    return out;
  }

  static void write(Path file, List<Pair> pairs) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = CSVFormat.RFC4180.builder().setHeader("left", "right", "schema", "label", "source").build().print(w)) {
      for (Pair x : pairs) p.printRecord(x.left(), x.right(), x.schema(), x.label(), x.source());
    }
    long pos = pairs.stream().filter(x -> x.label() == 1).count();
    System.out.printf("%s: %d pairs (%d positive, %d negative)%n", file, pairs.size(), pos, pairs.size() - pos);
  }
}
