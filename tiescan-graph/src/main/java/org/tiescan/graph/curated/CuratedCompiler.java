package org.tiescan.graph.curated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tiescan.graph.Edge;
import org.tiescan.graph.Provenance;
import org.tiescan.graph.RelationType;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.model.RecordProblem;
import org.tiescan.model.Schema;

/**
 * Reads the curated YAML files, validates every entry and compiles them. Problems name the file,
 * the entry id and the field; a file with problems still yields its good entries, so one run
 * reports everything that needs fixing. The file format is described in {@code data/curated/README.md}.
 */
public final class CuratedCompiler {
  static final String DATASET = "tiescan-curated";
  private static final Pattern ENTITY_ID = Pattern.compile("ts-[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern REL_ID = Pattern.compile("ts-rel-[a-z0-9]+(-[a-z0-9]+)*");
  private static final Set<String> SCHEMATA =
      Set.of(Schema.COMPANY, Schema.ORGANIZATION, Schema.PUBLIC_BODY, Schema.LEGAL_ENTITY, Schema.PERSON);
  static final String BRAND = "brand";
  private static final Set<String> PROPERTIES = Set.of(Prop.NAME, Prop.ALIAS, Prop.PREVIOUS_NAME, Prop.WEAK_ALIAS,
      BRAND, Prop.COUNTRY, Prop.JURISDICTION, Prop.ADDRESS, Prop.USCC, Prop.LEI, Prop.ISIN, Prop.TICKER,
      Prop.REGISTRATION_NUMBER, Prop.WEBSITE, "rorId", Prop.NOTES, Prop.TOPICS);

  private final YAMLMapper yaml = new YAMLMapper();
  private final List<RecordProblem> problems = new ArrayList<>();
  private final Map<String, CuratedSource> sources = new LinkedHashMap<>();
  private final Map<String, String> entityFiles = new LinkedHashMap<>();
  private final List<Entity> entities = new ArrayList<>();
  private final List<Edge> edges = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();
  private final Set<String> relIds = new java.util.HashSet<>();
  /** file -> entry id -> 1-based line of its {@code id:}, so problems can name the line. */
  private final Map<String, Map<String, Integer>> idLines = new LinkedHashMap<>();

  private CuratedCompiler() {}

  /** Compiles one YAML file or every {@code *.yaml} file of a directory (sorted by name). */
  public static CuratedDataset compile(Path fileOrDir) throws IOException {
    List<Path> files;
    if (Files.isDirectory(fileOrDir)) {
      try (Stream<Path> s = Files.list(fileOrDir)) {
        files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
      }
    } else {
      files = List.of(fileOrDir);
    }
    return new CuratedCompiler().run(files);
  }

  private CuratedDataset run(List<Path> files) throws IOException {
    Map<String, JsonNode> docs = new LinkedHashMap<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      try {
        idLines.put(name, idLines(f));
        JsonNode doc = yaml.readTree(f.toFile());
        if (doc == null || !doc.isObject()) problem(name, null, null, "not a YAML mapping");
        else docs.put(name, doc);
      } catch (IOException e) {
        problem(name, null, null, "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
      }
    }
    // sources and entity ids first: entries may refer to sources and entities of other files
    docs.forEach((file, doc) -> doc.path("sources").forEach(s -> readSource(file, s)));
    docs.forEach((file, doc) -> doc.path("entities").forEach(e -> registerId(file, e)));
    docs.forEach((file, doc) -> doc.path("entities").forEach(e -> readEntity(file, e)));
    docs.forEach((file, doc) -> doc.path("relationships").forEach(r -> readRelationship(file, r)));
    return new CuratedDataset(entities, edges, sources, claims, problems);
  }

  private void readSource(String file, JsonNode s) {
    String id = text(s, "id");
    String where = "source " + id;
    if (id == null) {
      problem(file, "source", "id", "missing");
      return;
    }
    if (sources.containsKey(id)) problem(file, where, "id", "duplicate source id");
    String kind = text(s, "kind");
    if (!Provenance.LIST.equals(kind) && !Provenance.PUBLIC.equals(kind)) problem(file, where, "kind", "must be 'list' or 'public'");
    for (String f : List.of("title", "publisher", "date", "url")) {
      if (text(s, f) == null) problem(file, where, f, "missing; every source needs title, publisher, date and url");
    }
    if (text(s, "date") != null && !Identifiers.validDate(text(s, "date"))) problem(file, where, "date", "not an ISO date");
    String url = text(s, "url");
    if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) problem(file, where, "url", "not an http(s) address");
    sources.put(id, new CuratedSource(id, kind, text(s, "title"), text(s, "publisher"), text(s, "date"), url, text(s, "file")));
  }

  private void registerId(String file, JsonNode e) {
    String id = text(e, "id");
    if (id == null) return;
    if (entityFiles.containsKey(id)) problem(file, id, "id", "duplicate entity id (also in " + entityFiles.get(id) + ")");
    else entityFiles.put(id, file);
  }

  private void readEntity(String file, JsonNode e) {
    String id = text(e, "id");
    if (id == null) {
      problem(file, "entity", "id", "missing");
      return;
    }
    if (!ENTITY_ID.matcher(id).matches()) problem(file, id, "id", "must match ts-<lowercase-words>");
    String schema = text(e, "schema");
    if (!SCHEMATA.contains(schema)) problem(file, id, "schema", "must be one of " + SCHEMATA);
    Entity.Builder b = Entity.builder(id, schema == null ? Schema.LEGAL_ENTITY : schema).dataset(DATASET);
    readProperties(file, id, e.path("properties"), b);
    int designations = readDesignations(file, id, e.path("designations"), b);
    for (JsonNode sid : e.path("sourceIds")) b.sourceId(sid.asText());
    Entity built = b.build();
    if (built.values(Prop.NAME).isEmpty()) problem(file, id, "properties.name", "an entity needs at least one name");
    if (Schema.PERSON.equals(schema) && designations == 0) {
      problem(file, id, "designations", "individuals appear only as designated on an official list");
    }
    entities.add(built);
  }

  private void readProperties(String file, String id, JsonNode props, Entity.Builder b) {
    props.fields().forEachRemaining(p -> {
      String prop = p.getKey();
      if (!PROPERTIES.contains(prop)) {
        problem(file, id, "properties." + prop, "unknown property; allowed: " + PROPERTIES);
        return;
      }
      int i = 0;
      for (JsonNode v : p.getValue()) readValue(file, id, prop, i++, v, b);
    });
  }

  private void readValue(String file, String id, String prop, int i, JsonNode v, Entity.Builder b) {
    String field = "properties." + prop + "[" + i + "]";
    String value = text(v, "value");
    if (value == null) {
      problem(file, id, field + ".value", "missing");
      return;
    }
    List<Provenance> src = refs(file, id, field + ".sources", v.path("sources"), false, null);
    if (src.isEmpty()) problem(file, id, field + ".sources", "no source: every claim needs one");
    String bad = checkValue(prop, value);
    if (bad != null) {
      problem(file, id, field, bad + ": '" + value + "'");
      return;
    }
    b.add(BRAND.equals(prop) ? Prop.ALIAS : prop, value);
    src.forEach(s -> { if (s.url() != null && Provenance.PUBLIC.equals(s.kind())) b.add(Prop.SOURCE_URL, s.url()); });
    claims.add(new Claim(id, prop, value, text(v, "lang"), src));
  }

  private static String checkValue(String prop, String value) {
    return switch (prop) {
      case Prop.COUNTRY, Prop.JURISDICTION -> Identifiers.validCountry(value) ? null : "not an ISO 3166-1 alpha-2 code in lower case";
      case Prop.USCC -> Identifiers.validUscc(value) ? null : "not a valid USCC (GB 32100-2015 check character)";
      case Prop.ISIN -> Identifiers.validIsin(value) ? null : "not a valid ISIN (check digit)";
      case Prop.LEI -> Identifiers.validLei(value) ? null : "not a valid LEI (ISO 17442 check digits)";
      case Prop.WEBSITE -> Identifiers.validDomain(value) ? null : "not a bare domain name";
      case "rorId" -> value.matches("https://ror\\.org/0[a-z0-9]{8}") ? null : "not a ROR id (https://ror.org/0xxxxxxxx)";
      default -> null;
    };
  }

  private int readDesignations(String file, String id, JsonNode ds, Entity.Builder b) {
    int i = 0;
    for (JsonNode d : ds) {
      String field = "designations[" + i++ + "]";
      String dataset = text(d, "dataset");
      List<String> citations = strings(d.path("citations"));
      List<String> programs = strings(d.path("programs"));
      if (dataset == null) problem(file, id, field + ".dataset", "missing");
      if (citations.isEmpty() && programs.isEmpty()) problem(file, id, field + ".citations", "a designation needs a citation or a program");
      String start = text(d, "start");
      if (start != null && !Identifiers.validDate(start)) problem(file, id, field + ".start", "not an ISO date");
      String end = text(d, "end");
      if (end != null && !Identifiers.validDate(end)) problem(file, id, field + ".end", "not an ISO date");
      String citation = citations.isEmpty() ? null : String.join("; ", citations);
      List<Provenance> src = refs(file, id, field + ".source", d.path("source"), true, citation);
      if (src.isEmpty()) {
        problem(file, id, field + ".source", "no source: a designation cites its list entry");
        continue;
      }
      Provenance p = src.get(0);
      // a row may name its own edition's address (1260H rows of 2025 point at the 2025 notice)
      String url = text(d, "url") != null ? text(d, "url") : p.url();
      if (!url.startsWith("https://") && !url.startsWith("http://")) problem(file, id, field + ".url", "not an http(s) address");
      b.designation(new Designation(dataset, text(d, "list"), programs, text(d, "authority"), citations, start, end,
          url, text(d, "record") != null ? text(d, "record") : p.locator(), text(d, "reason")));
      b.dataset(dataset);
    }
    return i;
  }

  private void readRelationship(String file, JsonNode r) {
    String id = text(r, "id");
    if (id == null) {
      problem(file, "relationship", "id", "missing");
      return;
    }
    if (!REL_ID.matcher(id).matches()) problem(file, id, "id", "must match ts-rel-<lowercase-words>");
    if (!relIds.add(id)) problem(file, id, "id", "duplicate relationship id");
    String from = text(r, "from");
    String to = text(r, "to");
    boolean ok = endpoint(file, id, "from", from) & endpoint(file, id, "to", to);
    if (from != null && from.equals(to)) {
      problem(file, id, "to", "a relationship needs two different entities");
      ok = false;
    }
    RelationType type = null;
    try {
      type = RelationType.fromKey(text(r, "type"));
    } catch (IllegalArgumentException e) {
      problem(file, id, "type", e.getMessage());
      ok = false;
    }
    Double share = share(file, id, r.get("share"));
    List<Provenance> src = refs(file, id, "sources", r.path("sources"), false, null);
    if (src.isEmpty()) {
      problem(file, id, "sources", "no source: every relationship needs one");
      ok = false;
    }
    if (ok) edges.add(new Edge(id, from, to, type, share, src));
  }

  private boolean endpoint(String file, String id, String field, String ref) {
    if (ref == null) {
      problem(file, id, field, "missing");
      return false;
    }
    if (!entityFiles.containsKey(ref)) {
      problem(file, id, field, "no entity with id '" + ref + "'");
      return false;
    }
    return true;
  }

  private Double share(String file, String id, JsonNode s) {
    if (s == null || s.isNull() || "unknown".equals(s.asText())) return null;
    if (!s.isNumber() || s.asDouble() <= 0 || s.asDouble() > 100) {
      problem(file, id, "share", "must be a percentage in (0, 100] or 'unknown'");
      return null;
    }
    return s.asDouble();
  }

  /** Resolves {@code id} / {@code id#locator} references; list sources need a locator when asked. */
  private List<Provenance> refs(String file, String id, String field, JsonNode node, boolean listNeedsLocator,
      String citation) {
    List<Provenance> out = new ArrayList<>();
    List<String> raw = node.isTextual() ? List.of(node.asText()) : strings(node);
    for (String ref : raw) {
      int hash = ref.indexOf('#');
      String sid = hash < 0 ? ref : ref.substring(0, hash);
      String locator = hash < 0 ? null : ref.substring(hash + 1);
      CuratedSource s = sources.get(sid);
      if (s == null) {
        problem(file, id, field, "unknown source '" + sid + "'");
        continue;
      }
      if (listNeedsLocator && Provenance.LIST.equals(s.kind()) && locator == null) {
        problem(file, id, field, "a list source needs the row: '" + sid + "#<record id>'");
      }
      out.add(s.at(locator, citation));
    }
    return out;
  }

  private void problem(String file, String entry, String field, String message) {
    String f = entry == null ? field : field == null ? entry : entry + " " + field;
    String id = entry == null ? null : entry.startsWith("source ") ? entry.substring(7) : entry;
    int line = id == null ? 0 : idLines.getOrDefault(file, Map.of()).getOrDefault(id, 0);
    problems.add(new RecordProblem(file, line, f, message));
  }

  /** The line of each {@code id: X} in a file (first occurrence), found textually: YAML trees keep no lines. */
  private static Map<String, Integer> idLines(Path f) throws IOException {
    Map<String, Integer> lines = new java.util.HashMap<>();
    Pattern id = Pattern.compile("(?:^|[{,\\s-])id:\\s*([A-Za-z0-9_.-]+)");
    List<String> all = Files.readAllLines(f);
    for (int i = 0; i < all.size(); i++) {
      java.util.regex.Matcher m = id.matcher(all.get(i));
      if (m.find()) lines.putIfAbsent(m.group(1), i + 1);
    }
    return lines;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) return null;
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    if (arr != null) arr.forEach(v -> { if (!v.asText().isBlank()) out.add(v.asText().strip()); });
    return out;
  }
}
