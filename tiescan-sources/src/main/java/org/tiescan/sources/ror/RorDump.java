package org.tiescan.sources.ror;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.SourceFormatException;
import org.tiescan.sources.io.TextInputs;

/**
 * Streams the records of a ROR v2 dump: JSON lines, a JSON array (the form inside ROR's Zenodo
 * zip), the zip itself (its {@code *_schema_v2.json} entry, else its first {@code .json}), gzip of
 * either. Records are handed on one by one; the dump (about 120,000 records) is never held as JSON.
 */
public final class RorDump {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RorDump() {}

  /**
   * Reads every record of {@code file}.
   *
   * @return the number of records read
   * @throws SourceFormatException naming file and record when the file is not a ROR v2 dump
   */
  public static long read(Path file, Consumer<RorRecord> sink) throws IOException {
    try (InputStream in = TextInputs.openBytes(file)) {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) return readZip(file, in, sink);
      return readJson(file.toString(), in, sink);
    }
  }

  private static long readZip(Path file, InputStream in, Consumer<RorRecord> sink) throws IOException {
    ZipInputStream zip = new ZipInputStream(in);
    for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
      String n = e.getName().toLowerCase(Locale.ROOT);
      // ROR's zips hold the v1 and v2 forms side by side (and a CSV); only v2 has names[] and locations[]
      if (n.endsWith(".json") && !n.contains("schema_v1")) return readJson(file + "!" + e.getName(), zip, sink);
    }
    throw new SourceFormatException(new RecordProblem(file.toString(), 0, null, "no ROR v2 .json file in the zip"));
  }

  private static long readJson(String name, InputStream in, Consumer<RorRecord> sink) throws IOException {
    long n = 0;
    try (JsonParser p = JSON.getFactory().createParser(in)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_ARRAY) continue;
        if (t == JsonToken.END_ARRAY) continue;
        long line = p.currentLocation().getLineNr();
        if (t != JsonToken.START_OBJECT) throw new SourceFormatException(new RecordProblem(name, line, null, "expected a ROR record (a JSON object)"));
        JsonNode r = p.readValueAsTree();
        n++;
        sink.accept(record(name, line, r));
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new SourceFormatException(new RecordProblem(name, line, null, "not valid JSON: " + e.getOriginalMessage()));
    }
    return n;
  }

  /** One record from its JSON; the id is required, everything else may be missing. */
  public static RorRecord record(String file, long line, JsonNode r) {
    String id = r.path("id").asText("");
    if (!id.contains("ror.org/")) {
      throw new SourceFormatException(new RecordProblem(file, line, "id", "not a ROR id: '" + id + "'"));
    }
    String display = null;
    List<String> names = new ArrayList<>();
    List<String> acronyms = new ArrayList<>();
    for (JsonNode nm : r.path("names")) {
      String v = nm.path("value").asText("").strip();
      if (v.isEmpty()) continue;
      String types = nm.path("types").toString();
      if (types.contains("ror_display")) {
        display = v;
        names.add(0, v);
      } else if (types.contains("acronym")) {
        acronyms.add(v);
      } else {
        names.add(v);
      }
    }
    if (display == null && !names.isEmpty()) display = names.get(0);
    JsonNode loc = r.path("locations").path(0).path("geonames_details");
    String cc = loc.path("country_code").asText("");
    List<String> types = new ArrayList<>();
    r.path("types").forEach(t -> types.add(t.asText()));
    List<String> parents = new ArrayList<>();
    List<String> children = new ArrayList<>();
    for (JsonNode rel : r.path("relationships")) {
      String type = rel.path("type").asText("");
      String target = RorRecord.canonical(rel.path("id").asText(null));
      if (target == null) continue;
      if (type.equals("parent")) parents.add(target);
      else if (type.equals("child")) children.add(target);
    }
    return new RorRecord(RorRecord.canonical(id), display, names, acronyms,
        cc.isEmpty() ? null : cc.toLowerCase(Locale.ROOT), loc.path("name").asText(null), types, parents, children,
        r.path("status").asText("active"), r.path("admin").path("last_modified").path("date").asText(null));
  }
}
