package org.tiescan.screen.publications;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.MatchResult;
import org.tiescan.match.Matcher;
import org.tiescan.match.Query;
import org.tiescan.model.Schema;
import org.tiescan.screen.GraphAnnotator;
import org.tiescan.screen.HitContext;
import org.tiescan.sources.ror.RorRecord;

/**
 * Screens a resolved affiliation against the lists: the organisation's names (all ROR labels, any
 * script), the organisations above it in ROR (a lab whose parent is a listed university), and each
 * organisation-looking segment of the raw string that is not a unit ({@link AffiliationText#isUnit}: an
 * organisation missing from the ROR dump, or one the resolution did not choose). The ownership graph adds exposure: an unlisted subsidiary lab of a
 * listed company is a hit. Only results that are listed or exposed, and that {@link KindGuard} finds
 * plausible for an institution, are kept. Cached per organisation and per segment.
 */
public final class OrganisationScreener {
  private final Matcher matcher;
  private final MatchOptions options;
  private final GraphAnnotator graph;
  private final RorRegistry registry;
  private final int parentDepth;
  private final BoundedCache<String, List<Scored>> cache = new BoundedCache<>(500_000);
  private final BoundedCache<String, List<OrgHit>> byOrganisation = new BoundedCache<>(500_000);
  /** The resolver hands out one Resolution object per distinct affiliation: its hits are computed once. */
  private final Map<Resolution, List<OrgHit>> byResolution = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
  private static final int MAX_RESOLUTIONS = 200_000;

  /**
   * Chosen on the benchmark's generated affiliations (docs/matching.md, "Affiliations"): institution names are
   * long and share words, so publications screen at a higher threshold than the screen command's 0.7.
   */
  public static final double DEFAULT_THRESHOLD = 0.8;

  /** The default threshold, five results per organisation. */
  public static MatchOptions defaultOptions() {
    return new MatchOptions(DEFAULT_THRESHOLD, 5, false);
  }

  /** A kept result and its graph context. */
  private record Scored(MatchResult result, HitContext context) {}

  /**
   * @param graph ownership graph step, or null (then only listed entities themselves are hits)
   * @param parentDepth how many ROR parent levels to screen above the resolved organisation
   */
  public OrganisationScreener(Matcher matcher, MatchOptions options, GraphAnnotator graph, RorRegistry registry, int parentDepth) {
    this.matcher = matcher;
    this.options = options;
    this.graph = graph;
    this.registry = registry;
    this.parentDepth = parentDepth;
  }

  /** Hits of one affiliation, one per listed entity, the most direct route first. */
  public List<OrgHit> screen(Resolution r) {
    List<OrgHit> known = byResolution.get(r);
    if (known != null) return known;
    List<OrgHit> hits = uncached(r);
    if (byResolution.size() >= MAX_RESOLUTIONS) byResolution.clear(); // bounded like the resolver's cache
    byResolution.put(r, hits);
    return hits;
  }

  private List<OrgHit> uncached(Resolution r) {
    Map<String, OrgHit> hits = new LinkedHashMap<>();
    if (r.name() != null || r.record() != null) {
      for (OrgHit h : organisation(r)) hits.putIfAbsent(h.entityId(), h);
    }
    for (String segment : r.segments()) {
      if (AffiliationText.isUnit(segment)) continue;
      for (Scored s : screenNames(null, List.of(segment), r.country())) add(hits, OrgHit.TEXT, segment, List.of(), s);
    }
    return List.copyOf(hits.values());
  }

  /** Hits of the organisation itself and of its ROR parents: the same for every affiliation naming it. */
  private List<OrgHit> organisation(Resolution r) {
    return byOrganisation.get(r.rorId() + "\t" + r.name() + "\t" + r.country(), k -> {
      Map<String, OrgHit> hits = new LinkedHashMap<>();
      List<String> names = r.record() != null ? r.record().names() : List.of(r.name());
      for (Scored s : screenNames(r.rorId(), names, r.country())) add(hits, OrgHit.ORGANISATION, r.name(), List.of(), s);
      parents(r, hits);
      return List.copyOf(hits.values());
    });
  }

  private void parents(Resolution r, Map<String, OrgHit> hits) {
    if (r.rorId() == null) return;
    Map<String, List<String>> paths = new HashMap<>(Map.of(r.rorId(), List.of(label(r.rorId(), r.name()))));
    Deque<String> queue = new ArrayDeque<>(List.of(r.rorId()));
    while (!queue.isEmpty()) {
      String id = queue.poll();
      if (paths.get(id).size() > parentDepth) continue;
      for (String parent : registry.parents(id)) {
        if (paths.containsKey(parent)) continue;
        RorRecord p = registry.record(parent).orElse(null);
        if (p == null) continue;
        List<String> path = new ArrayList<>(paths.get(id));
        path.add(label(p.id(), p.displayName()));
        paths.put(parent, path);
        queue.add(parent);
        for (Scored s : screenNames(p.id(), p.names(), p.country())) add(hits, OrgHit.ROR_PARENT, p.displayName(), path, s);
      }
    }
  }

  private static String label(String rorId, String name) {
    return name + " (" + rorId + ")";
  }

  private static void add(Map<String, OrgHit> hits, String via, String name, List<String> path, Scored s) {
    hits.putIfAbsent(s.result().entity().id(), new OrgHit(via, name, path, s.result(), s.context()));
  }

  private List<Scored> screenNames(String rorId, List<String> names, String country) {
    String key = (rorId != null ? rorId : String.join("\n", names)) + "\t" + country;
    return cache.get(key, k -> uncached(names, country));
  }

  private List<Scored> uncached(List<String> names, String country) {
    Query q = new Query(Schema.ORGANIZATION, names, country == null ? List.of() : List.of(country), List.of());
    List<MatchResult> results = new ArrayList<>();
    for (MatchResult m : matcher.match(q, options)) if (m.match() && KindGuard.plausible(m)) results.add(m);
    if (graph == null) {
      return results.stream().filter(m -> !m.entity().designations().isEmpty()).map(m -> new Scored(m, null)).toList();
    }
    GraphAnnotator.Annotated a = graph.annotate(results);
    List<Scored> out = new ArrayList<>();
    for (MatchResult m : a.results()) {
      HitContext c = a.context().get(m.entity().id());
      if (HitContext.LISTED.equals(c.basis()) || HitContext.EXPOSURE.equals(c.basis())) out.add(new Scored(m, c));
    }
    return out;
  }

  /** Distinct organisations and segments screened so far. */
  public int distinct() {
    return cache.size();
  }
}
