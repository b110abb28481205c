package org.tiescan.screen.publications;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tiescan.graph.RorRelations;
import org.tiescan.match.MatchIndex;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.sources.ror.RorDump;
import org.tiescan.sources.ror.RorRecord;
import org.tiescan.text.NameAnalyzers;

/**
 * The organisations of a ROR dump, by id, with their parent links (from each record's "parent"
 * relationships and, the other way round, from "child" ones, so a link stated on one side only is
 * still known) and a matching-engine index over every name and label, for raw affiliation strings.
 */
public final class RorRegistry {
  private final Map<String, RorRecord> byId;
  private final Map<String, Set<String>> parents = new HashMap<>();
  private final Map<String, List<RorRecord>> byAcronym = new HashMap<>();
  private final MatchIndex index;
  private final String origin;

  private RorRegistry(Collection<RorRecord> records, String origin) {
    this.origin = origin;
    this.byId = new LinkedHashMap<>();
    for (RorRecord r : records) byId.put(r.id(), r);
    for (RorRecord r : byId.values()) {
      for (String p : r.parents()) parents.computeIfAbsent(r.id(), k -> new LinkedHashSet<>()).add(p);
      for (String c : r.children()) parents.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(r.id());
      for (String a : r.acronyms()) byAcronym.computeIfAbsent(a.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(r);
    }
    List<Entity> entities = byId.values().stream().filter(r -> !"withdrawn".equals(r.status()))
        .map(RorRegistry::searchable).toList();
    this.index = MatchIndex.inMemory(entities.iterator(), NameAnalyzers.standard());
  }

  /** Names and labels only: acronyms ("CSU" is three universities) are looked up exactly, not matched. */
  private static Entity searchable(RorRecord r) {
    Entity e = RorRelations.entity(r);
    Entity.Builder b = Entity.builder(e.id(), e.schema());
    e.properties().forEach((k, v) -> {
      if (!k.equals(Prop.WEAK_ALIAS)) b.addAll(k, v);
    });
    return b.build();
  }

  /** Reads a ROR v2 dump (see {@link RorDump} for the forms accepted). */
  public static RorRegistry load(Path dump) throws IOException {
    List<RorRecord> records = new ArrayList<>();
    RorDump.read(dump, records::add);
    return new RorRegistry(records, dump.toString());
  }

  /** A registry of the given records (tests, evaluation). */
  public static RorRegistry of(Collection<RorRecord> records, String origin) {
    return new RorRegistry(records, origin);
  }

  /** No dump: ROR ids are kept as given, raw strings are screened as they are. */
  public static RorRegistry empty() {
    return new RorRegistry(List.of(), "none");
  }

  public Optional<RorRecord> record(String rorId) {
    return Optional.ofNullable(byId.get(RorRecord.canonical(rorId)));
  }

  /** Parent ids of an organisation (from both sides of ROR's relationships). */
  public Set<String> parents(String rorId) {
    return parents.getOrDefault(RorRecord.canonical(rorId), Set.of());
  }

  /** The one organisation with this acronym, if exactly one has it. */
  public Optional<RorRecord> byAcronym(String text) {
    List<RorRecord> rs = byAcronym.getOrDefault(text.strip().toUpperCase(Locale.ROOT), List.of());
    return rs.size() == 1 ? Optional.of(rs.get(0)) : Optional.empty();
  }

  /** The matching-engine index over names and labels; entity ids are {@code ror-<short id>}. */
  public MatchIndex index() {
    return index;
  }

  /** The record behind an index entity id. */
  public Optional<RorRecord> byEntityId(String entityId) {
    return record(entityId.startsWith("ror-") ? entityId.substring(4) : entityId);
  }

  public int size() {
    return byId.size();
  }

  public String origin() {
    return origin;
  }
}
