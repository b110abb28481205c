package org.tiescan.screen.publications;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.MatchResult;
import org.tiescan.match.Query;
import org.tiescan.sources.ror.RorRecord;

/**
 * Resolves an affiliation to an organisation: the ROR id the source gives; else the source's
 * institution; else the organisation-looking segments of the raw string, matched against the ROR
 * names with the matching engine (the best-scoring segment at or above the threshold; on a tie the
 * first, most specific one: a lab's own ROR record leads to its parent anyway). Cached per distinct
 * ROR id, institution and raw string: exports repeat the same few hundred affiliations.
 */
public final class AffiliationResolver {
  /** Chosen on the labelled set (docs/matching.md, "Affiliations"). */
  public static final double DEFAULT_THRESHOLD = 0.85;
  private final RorRegistry registry;
  private final double threshold;
  /** Distinct affiliations: bounded, raw strings are mostly new in real exports. */
  private final BoundedCache<String, Resolution> cache = new BoundedCache<>(200_000);
  private final java.util.concurrent.atomic.LongAdder distinct = new java.util.concurrent.atomic.LongAdder();
  /** Segments repeat across strings ("Harbin Institute of Technology" after any department): one query each. */
  private final BoundedCache<String, Optional<MatchResult>> segments = new BoundedCache<>(500_000);

  public AffiliationResolver(RorRegistry registry, double threshold) {
    this.registry = registry;
    this.threshold = threshold;
  }

  public RorRegistry registry() {
    return registry;
  }

  public Resolution resolve(Affiliation a) {
    if (a.rorId() != null) return cached("ror:" + RorRecord.canonical(a.rorId()) + "\n" + a.raw(), k -> byRorId(a));
    if (a.institutionId() != null || a.institutionName() != null) {
      return cached("inst:" + a.institutionId() + "\n" + a.institutionName() + "\n" + a.raw(), k -> byInstitution(a));
    }
    if (a.raw() == null || a.raw().isBlank()) return none(a, List.of(), "the affiliation is empty");
    return cached("raw:" + a.raw().strip(), k -> byName(a));
  }

  /** Distinct affiliations resolved so far (resolutions computed; a key forgotten and met again counts again). */
  public long distinct() {
    return distinct.sum();
  }

  private Resolution cached(String key, java.util.function.Function<String, Resolution> compute) {
    return cache.get(key, k -> {
      distinct.increment();
      return compute.apply(k);
    });
  }

  private Resolution byRorId(Affiliation a) {
    String id = RorRecord.canonical(a.rorId());
    Optional<RorRecord> r = registry.record(id);
    String name = r.map(RorRecord::displayName).orElse(a.institutionName());
    String reason = "ROR id " + id + " given by the source" + (a.institutionId() == null ? "" : " (institution " + a.institutionId() + ")")
        + (r.isPresent() ? "" : "; not in the loaded ROR dump, so its parent organisations are unknown");
    return new Resolution(Resolution.ROR_ID, id, name, r.orElse(null), 1.0, reason, AffiliationText.segments(a.raw()),
        country(a, r.orElse(null)));
  }

  private Resolution byInstitution(Affiliation a) {
    Optional<MatchResult> m = a.institutionName() == null ? Optional.empty() : best(a.institutionName(), a.country());
    Optional<RorRecord> r = m.flatMap(x -> registry.byEntityId(x.entity().id()));
    String reason = "institution " + a.institutionId() + " '" + a.institutionName() + "' named by the source, without ROR id"
        + r.map(x -> "; its name matches ROR " + x.id() + " '" + x.displayName() + "'").orElse("");
    return new Resolution(Resolution.INSTITUTION, r.map(RorRecord::id).orElse(null),
        r.map(RorRecord::displayName).orElse(a.institutionName()), r.orElse(null), 0.9, reason,
        AffiliationText.segments(a.raw()), country(a, r.orElse(null)));
  }

  private Resolution byName(Affiliation a) {
    List<String> segments = AffiliationText.segments(a.raw());
    String country = AffiliationText.country(a.raw());
    MatchResult chosen = null;
    String chosenSegment = null;
    String viaAcronym = null;
    for (String s : segments) {
      Optional<MatchResult> m = best(s, country);
      if (m.isPresent() && (chosen == null || m.get().score() > chosen.score())) {
        chosen = m.get();
        chosenSegment = s;
      }
      if (chosen == null && viaAcronym == null && registry.byAcronym(s).isPresent()) viaAcronym = s;
    }
    if (chosen != null && chosen.score() >= threshold) {
      RorRecord r = registry.byEntityId(chosen.entity().id()).orElseThrow();
      String why = chosen.explanation() == null ? "" : " (" + chosen.explanation().summary() + ")";
      return new Resolution(Resolution.NAME, r.id(), r.displayName(), r, chosen.score(),
          String.format(Locale.ROOT, "segment '%s' matches ROR %s '%s', score %.2f%s", chosenSegment, r.id(),
              r.displayName(), chosen.score(), why), segments, country != null ? country : r.country());
    }
    if (viaAcronym != null) {
      RorRecord r = registry.byAcronym(viaAcronym).orElseThrow();
      return new Resolution(Resolution.NAME, r.id(), r.displayName(), r, 0.8,
          "segment '" + viaAcronym + "' is the acronym of exactly one ROR organisation, " + r.id() + " '" + r.displayName() + "'",
          segments, country != null ? country : r.country());
    }
    String near = chosen == null ? "" : String.format(Locale.ROOT, "; nearest: '%s' ~ '%s' %.2f", chosenSegment,
        chosen.entity().caption(), chosen.score());
    return none(a, segments, (segments.isEmpty() ? "no organisation-looking segment"
        : "no segment matches a ROR organisation at " + threshold) + near + " (" + registry.size() + " ROR records loaded)");
  }

  private Optional<MatchResult> best(String name, String country) {
    if (registry.size() == 0) return Optional.empty();
    return segments.get(name + "\t" + country, k -> query(name, country));
  }

  private Optional<MatchResult> query(String name, String country) {
    Query q = new Query(org.tiescan.model.Schema.ORGANIZATION, List.of(name), country == null ? List.of() : List.of(country), List.of());
    List<MatchResult> rs = registry.index().match(q, new MatchOptions(threshold, 1, true));
    return rs.isEmpty() ? Optional.empty() : Optional.of(rs.get(0));
  }

  private static Resolution none(Affiliation a, List<String> segments, String reason) {
    return new Resolution(Resolution.NONE, null, null, null, 0.0, reason, segments,
        a.country() != null ? a.country() : AffiliationText.country(a.raw()));
  }

  private static String country(Affiliation a, RorRecord r) {
    if (a.country() != null) return a.country();
    if (r != null && r.country() != null) return r.country();
    return AffiliationText.country(a.raw());
  }
}
