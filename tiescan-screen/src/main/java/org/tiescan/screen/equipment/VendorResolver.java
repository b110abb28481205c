package org.tiescan.screen.equipment;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.tiescan.graph.Edge;
import org.tiescan.graph.NameKey;
import org.tiescan.graph.OwnershipGraph;
import org.tiescan.graph.Provenance;
import org.tiescan.graph.RelationType;
import org.tiescan.match.MatchIndex;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.MatchResult;
import org.tiescan.match.Query;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.model.Prop;
import org.tiescan.store.Checksums;
import org.tiescan.text.NameAnalyzers;

/**
 * Ties a name (an IEEE registry owner or an inventory's vendor field) to a covered manufacturer:
 * first by exact (normalised) name, then through the matching engine over the manufacturers and the
 * subsidiaries and brands the curated ownership graph puts below them, last by a distinctive keyword.
 * Results are cached per name: registries and inventories repeat the same few owners.
 */
public final class VendorResolver {
  /** Links followed upward from a subsidiary or brand to a covered manufacturer (not OFAC's "linked to"). */
  private static final Set<RelationType> FAMILY = Set.of(RelationType.SUBSIDIARY, RelationType.OWNERSHIP,
      RelationType.BRAND, RelationType.JOINT_VENTURE, RelationType.AFFILIATED, RelationType.UNIT);
  private static final double HIGH_SCORE = 0.95;

  private final Map<String, CoveredManufacturer> exact = new HashMap<>();
  private final Map<String, String> exactNames = new HashMap<>();
  private final Map<String, Member> members = new LinkedHashMap<>();
  private final MatchIndex index;
  private final double threshold;
  private final List<CoveredManufacturer> manufacturers;
  private final Map<String, Optional<VendorMatch>> cache = new ConcurrentHashMap<>();
  private final Map<String, String> entryVersions = new HashMap<>();

  /** A curated entity in a covered manufacturer's family, with the path up to the manufacturer. */
  private record Member(CoveredManufacturer manufacturer, Entity entity, List<String> path) {}

  /**
   * @param graph the curated ownership graph (may be empty: then only the catalog's names are known)
   * @param threshold matching-engine score at or above which a name counts as matched
   */
  public VendorResolver(CoveredCatalog catalog, OwnershipGraph graph, double threshold) {
    this.threshold = threshold;
    this.manufacturers = catalog.manufacturers();
    for (CoveredManufacturer m : manufacturers) {
      Entity own = graph.entity(m.curatedId() == null ? "" : m.curatedId()).orElse(null);
      if (own != null) entryVersions.put(m.id(), Checksums.sha256(EntityJson.toLine(own)));
      Entity.Builder b = Entity.builder(own == null ? "covered-" + m.id() : own.id(), "Company");
      b.addAll(Prop.ALIAS, m.names());
      if (own != null) b.addAll(Prop.ALIAS, own.names());
      Entity combined = b.build();
      members.put(combined.id(), new Member(m, combined, List.of()));
      for (String n : combined.names()) {
        exact.putIfAbsent(NameKey.of(n), m);
        exactNames.putIfAbsent(NameKey.of(n), n);
      }
    }
    for (Entity e : graph.entities()) {
      if (members.containsKey(e.id())) continue;
      familyPath(graph, e.id()).ifPresent(p -> members.put(e.id(), new Member(p.getKey(), withBrands(e), p.getValue())));
    }
    this.index = MatchIndex.inMemory(members.values().stream().map(Member::entity).iterator(), NameAnalyzers.standard());
  }

  /** Brand names count as names: equipment is sold under them. */
  private static Entity withBrands(Entity e) {
    return Entity.builder(e.id(), "Company").addAll(Prop.ALIAS, e.names()).addAll(Prop.ALIAS, e.values("brand")).build();
  }

  /** Breadth-first up the family links until a covered manufacturer; the described steps on the way. */
  private Optional<Map.Entry<CoveredManufacturer, List<String>>> familyPath(OwnershipGraph graph, String start) {
    Map<String, CoveredManufacturer> byCurated = manufacturers.stream().filter(m -> m.curatedId() != null)
        .collect(Collectors.toMap(CoveredManufacturer::curatedId, m -> m, (a, b) -> a));
    Map<String, List<String>> seen = new HashMap<>(Map.of(start, List.of()));
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      String id = queue.poll();
      for (Edge edge : graph.upward(id)) {
        if (!FAMILY.contains(edge.type()) || seen.containsKey(edge.to())) continue;
        List<String> path = new ArrayList<>(seen.get(id));
        path.add(graph.caption(edge.from()) + " — " + edge.type().upPhrase() + " → " + graph.caption(edge.to())
            + sources(edge.sources()));
        if (byCurated.containsKey(edge.to())) return Optional.of(Map.entry(byCurated.get(edge.to()), path));
        seen.put(edge.to(), path);
        queue.add(edge.to());
      }
    }
    return Optional.empty();
  }

  private static String sources(List<Provenance> sources) {
    if (sources.isEmpty()) return "";
    return sources.stream().map(p -> String.join(", ", nonNull(p.title(), p.publisher(), p.date(), p.url())))
        .collect(Collectors.joining("; ", " [source: ", "]"));
  }

  private static List<String> nonNull(String... parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) if (p != null && !p.isBlank()) out.add(p);
    return out;
  }

  /** The covered manufacturer {@code name} points to, if any. */
  public Optional<VendorMatch> resolve(String name) {
    if (name == null || name.isBlank()) return Optional.empty();
    return cache.computeIfAbsent(name.strip(), this::uncached);
  }

  private Optional<VendorMatch> uncached(String name) {
    CoveredManufacturer m = exact.get(NameKey.of(name));
    if (m != null) {
      return Optional.of(new VendorMatch(m, Confidence.HIGH, "exact name", 1.0, name, exactNames.get(NameKey.of(name)),
          m.curatedId(),
          "the name is a name of " + m.name() + " (compared ignoring case and punctuation)", List.of()));
    }
    return engineMatch(name).or(() -> keywordMatch(name));
  }

  private Optional<VendorMatch> engineMatch(String name) {
    List<MatchResult> results = index.match(Query.ofName(name), new MatchOptions(threshold, 1, false));
    if (results.isEmpty() || !results.get(0).match()) return Optional.empty();
    MatchResult r = results.get(0);
    Member member = members.get(r.entity().id());
    boolean direct = member.path().isEmpty();
    Confidence c = direct && r.score() >= HIGH_SCORE ? Confidence.HIGH : Confidence.MEDIUM;
    String matched = r.explanation() == null ? r.entity().caption() : r.explanation().matchedName();
    String why = r.explanation() == null ? "" : r.explanation().summary();
    return Optional.of(new VendorMatch(member.manufacturer(), c, "name match", r.score(), name, matched,
        r.entity().id(), why, member.path()));
  }

  private Optional<VendorMatch> keywordMatch(String name) {
    Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(
        Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    for (CoveredManufacturer m : manufacturers) {
      for (String k : m.keywords()) {
        if (words.contains(k.toLowerCase(Locale.ROOT))) {
          return Optional.of(new VendorMatch(m, Confidence.LOW, "keyword", 0.0, name, k, null,
              "the name contains the word '" + k + "' but is not a known name of " + m.name()
                  + " or of a documented subsidiary; check who the owner is", List.of()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The version of the manufacturer's curated entry (SHA-256 of its JSON as the graph holds it, list
   * records folded in), if it has one: a decision made on an older entry is reviewed again.
   */
  public Optional<String> entryVersion(CoveredManufacturer m) {
    return Optional.ofNullable(entryVersions.get(m.id()));
  }

  /** The covered manufacturer with this id. */
  public Optional<CoveredManufacturer> manufacturer(String id) {
    return manufacturers.stream().filter(m -> m.id().equals(id)).findFirst();
  }
}
