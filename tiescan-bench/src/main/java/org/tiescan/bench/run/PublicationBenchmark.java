package org.tiescan.bench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.tiescan.graph.ExposureOptions;
import org.tiescan.graph.curated.CuratedCompiler;
import org.tiescan.match.MatchIndex;
import org.tiescan.match.MatchOptions;
import org.tiescan.model.Entity;
import org.tiescan.screen.GraphAnnotator;
import org.tiescan.screen.ProgressListener;
import org.tiescan.screen.publications.AffiliationResolver;
import org.tiescan.screen.publications.OrganisationScreener;
import org.tiescan.screen.publications.PublicationScreener;
import org.tiescan.screen.publications.PublicationSummary;
import org.tiescan.screen.publications.RorRegistry;
import org.tiescan.screen.publications.ScreenedWork;
import org.tiescan.screen.publications.WorkSink;
import org.tiescan.sources.ListSources;
import org.tiescan.sources.ror.RorDump;
import org.tiescan.sources.ror.RorRecord;
import org.tiescan.text.NameAnalyzers;

/**
 * Issue 7's speed benchmark: generates N OpenAlex works (default 1,000,000, five authorships each) as
 * gzip JSON lines from the real samples — the authorships of OpenAlex work W2741809807 and of the API
 * page, and, for the ROR sample's organisations, authorships with their ROR id or with a raw string
 * "DEPARTMENT, ORGANISATION, CITY, China" — then screens the file against the full May 2022 CSL and the
 * §1286 list with the curated ownership graph, streaming. Reports works/s, CPU, peak heap. The number
 * of distinct affiliation strings is printed: resolution is cached per distinct string and id.
 *
 * <p>Usage: {@code BENCH_MAIN=org.tiescan.bench.run.PublicationBenchmark scripts/bench-screen [WORKS] [FILE]}
 */
public final class PublicationBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Department names as they open affiliation strings; generic words, no organisation in them. */
  private static final List<String> DEPARTMENTS = List.of("School of Computer Science", "Department of Physics",
      "College of Chemistry", "School of Mechanical Engineering", "Department of Mathematics", "School of Life Sciences",
      "State Key Laboratory of Robotics", "School of Materials Science and Engineering", "Department of Electronic Engineering",
      "School of Medicine", "College of Environmental Science", "School of Economics", "Department of Automation",
      "School of Aerospace Engineering", "Key Laboratory of Intelligent Perception", "School of Information Science",
      "Department of Civil Engineering", "School of Public Health", "College of Physics", "School of Software",
      "Department of Biomedical Engineering", "School of Energy and Power Engineering", "Institute of Artificial Intelligence",
      "School of Optics and Photonics", "Department of Statistics", "School of Cyber Science", "College of Food Science",
      "Department of Earth Sciences", "School of Management", "Department of Chemical Engineering");

  /**
   * With {@code -Dpostcodes=true} every generated raw string ends with a random postcode, so nearly every one is
   * distinct (as in real exports, where authors write addresses their own way); the organisation segments repeat.
   */
  private static final boolean POSTCODES = Boolean.getBoolean("postcodes");

  private PublicationBenchmark() {}

  public static void main(String[] args) throws Exception {
    int works = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("tiescan-bench-works", ".jsonl.gz");
    Path shared = Path.of(System.getProperty("tiescan.shared.data", "../shared/data"));
    Path data = Path.of(System.getProperty("tiescan.bundled.lists", "data/lists")).getParent();
    System.out.println("machine: " + Machine.describe());
    Stopwatch gen = Stopwatch.start();
    int distinct = generate(file, works, shared);
    System.out.printf(Locale.ROOT, "generated %,d works into %s (%,d MB, %,d distinct raw affiliation strings; -1: nearly all distinct) in %s%n",
        works, file, Files.size(file) >> 20, distinct, gen.report());

    if (System.getProperty("parseOnly") != null) {
      Stopwatch parse = Stopwatch.start();
      long[] n = {0, 0};
      try (var in = org.tiescan.screen.publications.WorkFiles.open(file)) {
        in.read(w -> {
          n[0]++;
          n[1] += w.authors().size();
        });
      }
      System.out.printf(Locale.ROOT, "parsed %,d works (%,d authors): %s%n", n[0], n[1], parse.report());
    }
    List<Entity> records = new ArrayList<>();
    Path csl = shared.resolve("lists/us-csl/consolidated-2022-05.csv");
    Path s1286 = shared.resolve("lists/us-ndaa/section_1286.csv");
    ListSources.forName("us-csl", csl).read(csl, records::add);
    ListSources.forName("us-ndaa-1286", s1286).read(s1286, records::add);
    var curated = CuratedCompiler.compile(data.resolve("curated"));
    List<Entity> indexed = new ArrayList<>(records);
    indexed.addAll(curated.entities());
    MatchIndex lists = MatchIndex.inMemory(indexed.iterator(), NameAnalyzers.standard());
    GraphAnnotator graph = new GraphAnnotator(curated.graph(records), ExposureOptions.defaults());
    RorRegistry ror = RorRegistry.load(shared.resolve("publications/ror/ror-v2-cn-sample.jsonl"));
    System.out.printf(Locale.ROOT, "lists: %,d entities indexed; ROR: %,d organisations%n", lists.size(), ror.size());

    PublicationScreener screener = new PublicationScreener(new AffiliationResolver(ror, AffiliationResolver.DEFAULT_THRESHOLD),
        new OrganisationScreener(lists, OrganisationScreener.defaultOptions(), graph, ror, 3), null, null);
    Machine.resetPeaks();
    Stopwatch run = Stopwatch.start();
    long[] flagged = {0};
    java.util.Map<String, String> example = new java.util.HashMap<>();
    WorkSink sink = (ScreenedWork w) -> {
      if (w.flagged()) flagged[0]++;
      w.entities().forEach((id, h) -> example.putIfAbsent(id, h.via() + " '" + h.screenedName() + "' ~ '"
          + (h.result().explanation() == null ? "" : h.result().explanation().matchedName()) + "' "
          + String.format(Locale.ROOT, "%.2f", h.result().score())));
    };
    PublicationSummary s = screener.screen(List.of(file), sink, ProgressListener.NONE);
    double secs = s.elapsed().toNanos() / 1e9;
    System.out.printf(Locale.ROOT, "screened %,d works (%,d authorships, %,d affiliations) in %.1f s: %,.0f works/s; "
            + "flagged %,d; CPU %.1f s; peak heap %,d MB; distinct affiliations resolved %,d, organisations screened %,d; load %.2f%n",
        s.screened(), s.authorships(), s.affiliations(), secs, s.works() / secs, flagged[0],
        run.cpuSeconds(), Machine.peakHeapMb(), screener.resolver().distinct(),
        screener.organisations().distinct(), Machine.load());
    System.out.println("run: " + run.report());
    s.byEntity().stream().limit(12).forEach(e -> System.out.printf(Locale.ROOT, "  %,9d  %s [%s]%n             e.g. %s%n",
        e.works(), e.caption(), e.listing(), example.get(e.id())));
    if (args.length < 2) Files.deleteIfExists(file);
  }

  /** Writes the works; returns the number of distinct raw affiliation strings used. */
  private static int generate(Path file, int works, Path shared) throws IOException {
    List<JsonNode> real = new ArrayList<>();
    for (String f : List.of("W2741809807.json", "W-api-response.json")) {
      JsonNode n = JSON.readTree(shared.resolve("publications/openalex/" + f).toFile());
      n.path("authorships").forEach(real::add);
    }
    List<RorRecord> orgs = new ArrayList<>();
    RorDump.read(shared.resolve("publications/ror/ror-v2-cn-sample.jsonl"), orgs::add);
    Random random = new Random(7);
    try (OutputStream raw = Files.newOutputStream(file);
         GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16) {{ def.setLevel(Deflater.BEST_SPEED); }};
         Writer out = new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8), 1 << 16)) {
      for (int i = 0; i < works; i++) {
        ObjectNode w = JSON.createObjectNode().put("id", "https://openalex.org/W9" + i).put("doi", "https://doi.org/10.5555/bench." + i)
            .put("title", "Generated work " + i).put("publication_year", 2010 + i % 16);
        ArrayNode authorships = w.putArray("authorships");
        for (int a = 0; a < 5; a++) authorships.add(authorship(random, real, orgs, i, a));
        out.write(JSON.writeValueAsString(w));
        out.write('\n');
      }
    }
    return POSTCODES ? -1 : orgs.size() * DEPARTMENTS.size() + real.size();
  }

  private static JsonNode authorship(Random random, List<JsonNode> real, List<RorRecord> orgs, int work, int a) {
    int kind = random.nextInt(10);
    if (kind < 4) return real.get(random.nextInt(real.size()));
    RorRecord org = orgs.get(random.nextInt(orgs.size()));
    String rawAffiliation = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())) + ", " + org.displayName() + ", "
        + (org.city() == null ? "Beijing" : org.city()) + (POSTCODES ? " " + (100000 + random.nextInt(900000)) : "") + ", China";
    ObjectNode n = JSON.createObjectNode();
    n.putObject("author").put("display_name", "Author " + work + "-" + a);
    ArrayNode inst = n.putArray("institutions");
    if (kind < 7) {
      inst.addObject().put("id", "https://openalex.org/I" + org.shortId()).put("display_name", org.displayName())
          .put("ror", org.id()).put("country_code", "CN");
    }
    n.putArray("raw_affiliation_strings").add(rawAffiliation);
    return n;
  }
}
