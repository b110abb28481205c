package org.tiescan.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads and writes entities as FollowTheMoney JSON (one object per line in JSON lines files):
 * {@code {"id", "schema", "caption", "properties": {...}, "datasets": [...], "first_seen", "last_seen"}},
 * plus tiescan's {@code source_ids} and {@code designations}.
 */
public final class EntityJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EntityJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static ObjectNode toJson(Entity e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", e.id());
    o.put("schema", e.schema());
    o.put("caption", e.caption());
    ObjectNode props = o.putObject("properties");
    e.properties().forEach((k, vs) -> {
      ArrayNode a = props.putArray(k);
      vs.forEach(a::add);
    });
    ArrayNode ds = o.putArray("datasets");
    e.datasets().forEach(ds::add);
    if (e.firstSeen() != null) o.put("first_seen", e.firstSeen());
    if (e.lastSeen() != null) o.put("last_seen", e.lastSeen());
    ArrayNode src = o.putArray("source_ids");
    e.sourceIds().forEach(src::add);
    ArrayNode des = o.putArray("designations");
    e.designations().forEach(d -> des.add(MAPPER.valueToTree(d)));
    return o;
  }

  public static String toLine(Entity e) {
    try {
      return MAPPER.writeValueAsString(toJson(e));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /**
   * Parses one FtM entity from a tree, with {@link #fromLine}'s rules ({@link StreamedEntity} reads both);
   * throws IllegalArgumentException naming the missing or wrong field.
   */
  public static Entity fromJson(JsonNode o) {
    try (JsonParser p = o.traverse(MAPPER)) {
      return StreamedEntity.read(p, MAPPER);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Parses one FtM entity from a line, straight from Jackson's token stream ({@link StreamedEntity}): the
   * bundled lists' 23,567 entities took 52 µs each through a tree in a fresh JVM's first pass, 27 this way,
   * and 4.3–5.4 against 3.4–4.1 µs warm (docs/benchmarks.md, wave 16); every match result and report row
   * reads one.
   */
  public static Entity fromLine(String line) {
    try (JsonParser p = MAPPER.getFactory().createParser(line)) {
      Entity e = StreamedEntity.read(p, MAPPER);
      if (p.nextToken() != null) throw new IllegalArgumentException("not valid JSON: more after the entity's object");
      return e;
    } catch (JsonProcessingException ex) {
      throw new IllegalArgumentException("not valid JSON: " + ex.getOriginalMessage(), ex);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
