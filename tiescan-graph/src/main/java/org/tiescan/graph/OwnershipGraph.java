package org.tiescan.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.tiescan.model.Entity;
import org.tiescan.sources.csl.CslRecordIds;

/**
 * Entities and the documented links between them. Immutable once built; build with
 * {@link #builder()}. Nodes are entity ids; an id known only as a source record of a curated
 * entity (e.g. {@code us-csl-<_id>} for a curated entity carrying {@code us-csl:<_id>}) is
 * answered by that curated entity, so a screening hit on a list record finds its curated family.
 */
public final class OwnershipGraph {
  private final Map<String, Entity> nodes;
  private final Map<String, String> aliases;
  private final Map<String, List<Edge>> up;
  private final Map<String, List<Edge>> down;
  private final List<Edge> edges;
  private final List<UnresolvedLink> unresolved;
  private final Map<String, java.util.SortedSet<String>> byName;
  /** Entities that are no node (list records without links, left out of a large graph), by id. */
  private final Function<String, Optional<Entity>> unlinked;

  private OwnershipGraph(Map<String, Entity> nodes, Map<String, String> aliases, List<Edge> edges,
      List<UnresolvedLink> unresolved, Map<String, java.util.SortedSet<String>> byName,
      Function<String, Optional<Entity>> unlinked) {
    this.nodes = nodes;
    this.unlinked = unlinked;
    this.byName = byName;
    this.aliases = aliases;
    this.edges = List.copyOf(edges);
    this.unresolved = List.copyOf(unresolved);
    Map<String, List<Edge>> u = new TreeMap<>();
    Map<String, List<Edge>> d = new TreeMap<>();
    for (Edge e : this.edges) {
      u.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
      d.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
    }
    Comparator<Edge> order = Comparator.comparing((Edge e) -> e.type().ordinal())
        .thenComparing(Edge::to).thenComparing(Edge::from).thenComparing(Edge::id);
    u.values().forEach(l -> l.sort(order));
    d.values().forEach(l -> l.sort(order));
    this.up = u;
    this.down = d;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The node id that answers for {@code id}: itself, or the curated entity that cites it as a source record. */
  public String canonical(String id) {
    if (nodes.containsKey(id)) return id;
    return aliases.getOrDefault(id, id);
  }

  /** The entity of a node, or else the entity the lists hold under this id ({@link Builder#unlinked}). */
  public Optional<Entity> entity(String id) {
    Entity node = nodes.get(canonical(id));
    return node != null ? Optional.of(node) : unlinked.apply(id);
  }

  /**
   * Whether {@code id} answers to a node: a curated entity, or a list record that takes part in a link or
   * cites or is cited by another record (see {@link ListRelations#addLinked}). Any other entity has no
   * links, and no exposure.
   */
  public boolean isNode(String id) {
    return nodes.containsKey(canonical(id));
  }

  public Collection<Entity> entities() { return nodes.values(); }

  public List<Edge> edges() { return edges; }

  /** Links from {@code id} to the parties that control it (parents, owners, brand owners). */
  public List<Edge> upward(String id) { return up.getOrDefault(canonical(id), List.of()); }

  /** Links from the parties {@code id} controls (subsidiaries, owned companies, brands, units). */
  public List<Edge> downward(String id) { return down.getOrDefault(canonical(id), List.of()); }

  /**
   * Entities bearing exactly this name (after {@link NameKey} normalisation: case, punctuation,
   * "&"), e.g. "Hangzhou Ezviz Network Co Ltd" or "EZVIZ". A lookup for exact names only; fuzzy
   * and cross-script matching is the matcher's job.
   */
  public List<String> idsNamed(String name) {
    return List.copyOf(byName.getOrDefault(NameKey.of(name), new TreeSet<>()));
  }

  /** Names in list records that did not resolve to exactly one known name; reported, never guessed. */
  public List<UnresolvedLink> unresolved() { return unresolved; }

  /** A display name for an id, falling back to the id. */
  public String caption(String id) {
    return entity(id).map(Entity::caption).orElse(id);
  }

  /**
   * A link found in a list record whose far end is a name that matched no entity.
   *
   * @param fromId the entity whose record states the link
   * @param name the name as written
   * @param type the kind of link
   * @param source where it is stated
   */
  public record UnresolvedLink(String fromId, String name, RelationType type, Provenance source) {}

  /** Collects entities and links; name links are resolved in {@link #build()}, which is called once. */
  public static final class Builder {
    private final Map<String, Entity> nodes = new LinkedHashMap<>();
    private final Map<String, Edge> edges = new LinkedHashMap<>();
    private final List<NameLink> nameLinks = new ArrayList<>();
    private Function<String, Optional<Entity>> unlinked = id -> Optional.empty();

    private Builder() {}

    /**
     * Where the graph finds an entity that is no node: a large list's records without links are left out
     * of the graph ({@link ListRelations#addLinked}) and looked up there when asked for.
     */
    public Builder unlinked(Function<String, Optional<Entity>> lookup) {
      this.unlinked = lookup;
      return this;
    }

    /**
     * Ids of the list records this graph needs as nodes whatever they state: the records its entities cite
     * as sources (they fold into those entities) and the ends of its links.
     */
    public java.util.Set<String> recordsReferenced() {
      java.util.Set<String> out = new java.util.HashSet<>();
      for (Entity e : nodes.values()) out.addAll(recordsCitedBy(e));
      for (Edge e : edges.values()) {
        out.add(e.from());
        out.add(e.to());
      }
      return out;
    }

    /** Adds an entity; a second entity with the same id is merged into the first. */
    public Builder entity(Entity e) {
      nodes.merge(e.id(), e, Builder::merge);
      return this;
    }

    public Builder entities(Iterable<Entity> es) {
      es.forEach(this::entity);
      return this;
    }

    /** Adds a link; the same link (ends and type) stated twice keeps one edge with both sources. */
    public Builder edge(Edge e) {
      String key = e.from() + "|" + e.to() + "|" + e.type();
      edges.merge(key, e, Builder::sameLink);
      return this;
    }

    public Builder edges(Iterable<Edge> es) {
      es.forEach(this::edge);
      return this;
    }

    /**
     * Adds a link whose far end is known only by name, e.g. 1260H "Parent Name" or OFAC "Linked To".
     *
     * @param entityId the entity whose record states the link
     * @param name the other party as written
     * @param type the kind of link
     * @param namedIsControlling true when the named party is the parent/owner (1260H parent,
     *     OFAC linked-to), false when it is the subordinate (an FCC "subsidiary name")
     */
    public Builder nameLink(String entityId, String name, RelationType type, boolean namedIsControlling,
        Provenance source) {
      nameLinks.add(new NameLink(entityId, name, type, namedIsControlling, source));
      return this;
    }

    public OwnershipGraph build() {
      Map<String, String> aliases = sourceRecordAliases();
      foldAliasedRecords(aliases);
      Map<String, java.util.SortedSet<String>> byName = new TreeMap<>();
      for (Entity e : nodes.values()) {
        for (String n : e.names()) byName.computeIfAbsent(NameKey.of(n), k -> new TreeSet<>()).add(e.id());
      }
      List<UnresolvedLink> unresolved = new ArrayList<>();
      for (NameLink l : nameLinks) resolve(l, byName, aliases, unresolved);
      // links stated on a list record now belong to the curated entity that cites the record
      Map<String, Edge> kept = new LinkedHashMap<>();
      for (Edge e : edges.values()) {
        String from = aliases.getOrDefault(e.from(), e.from());
        String to = aliases.getOrDefault(e.to(), e.to());
        if (!from.equals(to) && nodes.containsKey(from) && nodes.containsKey(to)) {
          kept.merge(from + "|" + to + "|" + e.type(), new Edge(e.id(), from, to, e.type(), e.share(), e.sources()),
              Builder::sameLink);
        }
      }
      return new OwnershipGraph(java.util.Collections.unmodifiableMap(new TreeMap<>(nodes)), aliases,
          new ArrayList<>(kept.values()), unresolved, byName, unlinked);
    }

    private void resolve(NameLink l, Map<String, java.util.SortedSet<String>> byName, Map<String, String> aliases,
        List<UnresolvedLink> unresolved) {
      java.util.SortedSet<String> targets = byName.getOrDefault(NameKey.of(l.name), new TreeSet<>());
      String self = aliases.getOrDefault(l.entityId, l.entityId);
      // one organisation may stand in several sources under the same name: link to each record
      TreeSet<String> canon = new TreeSet<>();
      for (String t : targets) canon.add(aliases.getOrDefault(t, t));
      canon.remove(self);
      if (canon.isEmpty()) {
        unresolved.add(new UnresolvedLink(l.entityId, l.name, l.type, l.source));
        return;
      }
      for (String t : canon) {
        String from = l.namedIsControlling ? self : t;
        String to = l.namedIsControlling ? t : self;
        String id = "list:" + l.source.sourceId() + ":" + from + ">" + to;
        edge(new Edge(id, from, to, l.type, null, List.of(l.source)));
      }
    }

    /**
     * List record id -> curated entity id, from the curated entities' source ids ({@code us-csl:X}
     * names the record {@code us-csl-X}; a cited OFAC record also claims the CSL's copy of it, see
     * {@link CslRecordIds}). A record claimed by two entities stays with the first.
     */
    private Map<String, String> sourceRecordAliases() {
      Map<String, String> aliases = new TreeMap<>();
      for (Entity e : nodes.values()) {
        for (String record : recordsCitedBy(e)) aliases.putIfAbsent(record, e.id());
      }
      removeAliasTargets(aliases);
      return aliases;
    }

    /**
     * The ids of the list records {@code e} cites through its source ids, in order, other than its own: a
     * source id {@code us-csl:X} names the record {@code us-csl-X}, and the CSL's copy of a cited OFAC record
     * is the same designation of the same entity.
     */
    public static List<String> recordsCitedBy(Entity e) {
      List<String> out = new ArrayList<>();
      for (String sid : e.sourceIds()) {
        String record = sid.replace(':', '-');
        if (!record.equals(e.id())) out.add(record);
        CslRecordIds.cslCopyOf(sid).map(copy -> copy.replace(':', '-'))
            .filter(copy -> !copy.equals(e.id())).ifPresent(out::add);
      }
      return out;
    }

    /**
     * Drops the aliases whose record is itself the target of an alias, in key order, as
     * {@code keySet().removeIf(aliases::containsValue)} would, but with a count of each target instead of
     * a scan of the map per key (that scan made opening the full lists' graph take tens of seconds).
     */
    private static void removeAliasTargets(Map<String, String> aliases) {
      Map<String, Integer> targets = new HashMap<>();
      for (String v : aliases.values()) targets.merge(v, 1, Integer::sum);
      for (java.util.Iterator<Map.Entry<String, String>> it = aliases.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, String> a = it.next();
        if (targets.getOrDefault(a.getKey(), 0) == 0) continue;
        it.remove();
        targets.merge(a.getValue(), -1, Integer::sum);
      }
    }

    /** A list record that a curated entity cites is the same node: its names join the curated entity. */
    private void foldAliasedRecords(Map<String, String> aliases) {
      for (Map.Entry<String, String> a : aliases.entrySet()) {
        Entity record = nodes.remove(a.getKey());
        Entity curated = nodes.get(a.getValue());
        if (record == null || curated == null) continue;
        Entity.Builder m = curated.toBuilder();
        record.properties().forEach((k, vs) -> m.addAll(k, vs));
        record.datasets().forEach(m::dataset);
        // the curated entity already states this record's designation with its citation
        java.util.Set<String> have = new java.util.HashSet<>();
        curated.designations().forEach(d -> have.add(d.dataset()));
        record.designations().stream().filter(d -> !have.contains(d.dataset())).forEach(m::designation);
        nodes.put(curated.id(), m.build());
      }
    }

    /** One link stated twice: keep the first id, all sources, and the published share if either has one. */
    private static Edge sameLink(Edge a, Edge b) {
      Double share = a.share() != null ? a.share() : b.share();
      return new Edge(a.id(), a.from(), a.to(), a.type(), share, a.sources()).withSources(b.sources());
    }

    private static Entity merge(Entity a, Entity b) {
      Entity.Builder m = a.toBuilder();
      b.properties().forEach((k, vs) -> m.addAll(k, vs));
      b.datasets().forEach(m::dataset);
      b.sourceIds().forEach(m::sourceId);
      b.designations().forEach(m::designation);
      return m.build();
    }

    private record NameLink(String entityId, String name, RelationType type, boolean namedIsControlling,
        Provenance source) {}
  }
}
