package org.tiescan.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one FtM entity object from a token stream, a line's or a tree's ({@link EntityJson}): {@code id} and
 * {@code schema} required, nested entities in properties (OpenSanctions' {@code sanctions}) kept by id, a JSON
 * null as no value, unknown fields skipped.
 */
final class StreamedEntity {
  private String id;
  private String schema;
  private final List<String[]> properties = new ArrayList<>();
  private final List<String> datasets = new ArrayList<>();
  private final List<String> sourceIds = new ArrayList<>();
  private final List<Designation> designations = new ArrayList<>();
  private String firstSeen;
  private String lastSeen;

  private StreamedEntity() {}

  /** The entity whose object starts at the parser's next token. */
  static Entity read(JsonParser p, ObjectMapper mapper) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) throw new IllegalArgumentException("not valid JSON: not an object");
    StreamedEntity e = new StreamedEntity();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      e.field(field, p, mapper);
    }
    return e.build();
  }

  private void field(String field, JsonParser p, ObjectMapper mapper) throws IOException {
    switch (field) {
      case "id" -> id = text(p);
      case "schema" -> schema = text(p);
      case "properties" -> properties(p);
      case "datasets" -> strings(p, datasets);
      case "source_ids" -> strings(p, sourceIds);
      case "designations" -> designations(p, mapper);
      case "first_seen" -> firstSeen = text(p);
      case "last_seen" -> lastSeen = text(p);
      default -> p.skipChildren();
    }
  }

  private void properties(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) return;
    if (p.currentToken() != JsonToken.START_OBJECT) throw new IllegalArgumentException("field 'properties' is not an object");
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String prop = p.currentName();
      if (p.nextToken() != JsonToken.START_ARRAY) {
        p.skipChildren();
        continue;
      }
      while (p.nextToken() != JsonToken.END_ARRAY) properties.add(new String[] {prop, value(p)});
    }
  }

  /** A property value: text as is, a nested entity (OpenSanctions' "sanctions") by its id, other scalars as text. */
  private static String value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) return nestedId(p);
    return text(p);
  }

  private static String nestedId(JsonParser p) throws IOException {
    String id = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("id")) id = text(p);
      else p.skipChildren();
    }
    return id;
  }

  private static String text(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) return null;
    if (t.isStructStart()) {
      p.skipChildren();
      return null;
    }
    return p.getText();
  }

  private static void strings(JsonParser p, List<String> out) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) out.add(text(p));
  }

  private void designations(JsonParser p, ObjectMapper mapper) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) designations.add(mapper.readValue(p, Designation.class));
  }

  private Entity build() {
    if (id == null) throw new IllegalArgumentException("missing field 'id'");
    if (schema == null) throw new IllegalArgumentException("missing field 'schema'");
    Entity.Builder b = Entity.builder(id, schema);
    for (String[] pv : properties) b.add(pv[0], pv[1]);
    datasets.forEach(b::dataset);
    sourceIds.forEach(b::sourceId);
    designations.forEach(b::designation);
    return b.firstSeen(firstSeen).lastSeen(lastSeen).build();
  }
}
