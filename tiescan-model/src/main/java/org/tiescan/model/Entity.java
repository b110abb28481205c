package org.tiescan.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An entry of a list (or of the curated dataset) in the FollowTheMoney shape: a stable {@code id},
 * a {@code schema}, multi-valued {@code properties}, the {@code datasets} it appears in, and the
 * dates it was first and last seen. tiescan adds {@code sourceIds} (the record ids in each source,
 * e.g. {@code us-csl:5fc2...}, {@code us-ofac-sdn:30946}) and {@code designations} (the legal basis
 * of each listing), which FtM consumers ignore as unknown fields.
 *
 * <p>Immutable; build with {@link #builder(String, String)}.
 */
public final class Entity {
  private final String id;
  private final String schema;
  private final Map<String, List<String>> properties;
  private final List<String> datasets;
  private final List<String> sourceIds;
  private final List<Designation> designations;
  private final String firstSeen;
  private final String lastSeen;

  private Entity(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.schema = Objects.requireNonNull(b.schema, "schema");
    Map<String, List<String>> props = new LinkedHashMap<>();
    b.properties.forEach((k, v) -> props.put(k, List.copyOf(v)));
    this.properties = Collections.unmodifiableMap(props);
    this.datasets = List.copyOf(b.datasets);
    this.sourceIds = List.copyOf(b.sourceIds);
    this.designations = List.copyOf(b.designations);
    this.firstSeen = b.firstSeen;
    this.lastSeen = b.lastSeen;
  }

  public static Builder builder(String id, String schema) {
    return new Builder(id, schema);
  }

  /** A builder that starts as a copy of this entity, for merging or amending. */
  public Builder toBuilder() {
    Builder b = new Builder(id, schema);
    properties.forEach((k, v) -> v.forEach(x -> b.add(k, x)));
    datasets.forEach(b::dataset);
    sourceIds.forEach(b::sourceId);
    designations.forEach(b::designation);
    return b.firstSeen(firstSeen).lastSeen(lastSeen);
  }

  public String id() { return id; }
  public String schema() { return schema; }
  public Map<String, List<String>> properties() { return properties; }
  public List<String> datasets() { return datasets; }
  public List<String> sourceIds() { return sourceIds; }
  public List<Designation> designations() { return designations; }
  public String firstSeen() { return firstSeen; }
  public String lastSeen() { return lastSeen; }

  /** All values of one property, empty when absent. */
  public List<String> values(String prop) {
    return properties.getOrDefault(prop, List.of());
  }

  /** The first value of a property, or null. */
  public String first(String prop) {
    List<String> v = values(prop);
    return v.isEmpty() ? null : v.get(0);
  }

  /** Every name the entity is known by: name, alias, previousName, weakAlias, in that order, without repeats. */
  public List<String> names() {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String p : Prop.NAMES) out.addAll(values(p));
    return List.copyOf(out);
  }

  /** The display name: the first {@code name}, else the first alias, else the id. */
  public String caption() {
    List<String> names = names();
    return names.isEmpty() ? id : names.get(0);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Entity e)) return false;
    return id.equals(e.id) && schema.equals(e.schema) && properties.equals(e.properties)
        && datasets.equals(e.datasets) && sourceIds.equals(e.sourceIds)
        && designations.equals(e.designations) && Objects.equals(firstSeen, e.firstSeen)
        && Objects.equals(lastSeen, e.lastSeen);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, schema, properties, datasets, sourceIds, designations);
  }

  @Override
  public String toString() {
    return schema + ":" + id + " " + caption();
  }

  /** Collects values; blank values and repeats are dropped so readers need not check. */
  public static final class Builder {
    private final String id;
    private String schema;
    private final Map<String, LinkedHashSet<String>> properties = new LinkedHashMap<>();
    private final LinkedHashSet<String> datasets = new LinkedHashSet<>();
    private final LinkedHashSet<String> sourceIds = new LinkedHashSet<>();
    private final List<Designation> designations = new ArrayList<>();
    private String firstSeen;
    private String lastSeen;

    private Builder(String id, String schema) {
      this.id = id;
      this.schema = schema;
    }

    public Builder schema(String schema) { this.schema = schema; return this; }

    public Builder add(String prop, String value) {
      if (value == null) return this;
      String v = value.strip();
      if (!v.isEmpty()) properties.computeIfAbsent(prop, k -> new LinkedHashSet<>()).add(v);
      return this;
    }

    public Builder addAll(String prop, Iterable<String> values) {
      if (values != null) values.forEach(v -> add(prop, v));
      return this;
    }

    public Builder dataset(String dataset) { if (dataset != null) datasets.add(dataset); return this; }
    public Builder sourceId(String sourceId) { if (sourceId != null) sourceIds.add(sourceId); return this; }

    public Builder designation(Designation d) {
      if (d != null && !designations.contains(d)) designations.add(d);
      return this;
    }

    public Builder firstSeen(String date) { this.firstSeen = date; return this; }
    public Builder lastSeen(String date) { this.lastSeen = date; return this; }

    public Entity build() { return new Entity(this); }
  }
}
