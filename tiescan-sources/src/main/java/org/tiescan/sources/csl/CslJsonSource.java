package org.tiescan.sources.csl;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tiescan.model.Dataset;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.ListSource;
import org.tiescan.sources.SourceFormatException;
import org.tiescan.sources.io.TextInputs;
import org.tiescan.sources.support.StableIds;

/**
 * The trade.gov CSL in its JSON form (the API's search response and the JSON download): {@code
 * {"results": [ {...}, ... ]}} or a bare array of records, with arrays where the CSV joins values by
 * "; " ({@code programs, alt_names, citizenships, nationalities, dates_of_birth, places_of_birth}),
 * {@code addresses} as objects ({@code address, city, state, postal_code, country}) and {@code ids}
 * as objects ({@code type, number, country}). Streamed with Jackson's parser, one record in memory
 * at a time. The same record gives the same entity as {@link CslCsvSource}: addresses are joined
 * the way the CSV joins them ("address, city, state, postal_code, country", blanks left out).
 */
public final class CslJsonSource implements ListSource {
  public static final Dataset DATASET = new Dataset("us-csl", CslCsvSource.DATASET.title(),
      CslCsvSource.DATASET.publisher(), null,
      "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json",
      CslCsvSource.DATASET.licence());
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Dataset dataset;

  public CslJsonSource() {
    this(DATASET);
  }

  public CslJsonSource(Dataset dataset) {
    this.dataset = dataset;
  }

  @Override
  public Dataset dataset() {
    return dataset;
  }

  @Override
  public void read(Path location, EntitySink sink) throws IOException {
    String file = location.toString();
    try (Reader in = TextInputs.openText(location); JsonParser parser = MAPPER.getFactory().createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        readRecords(parser, file, sink);
      } else if (first == JsonToken.START_OBJECT) {
        readEnvelope(parser, file, sink);
      } else {
        throw notCsl(file, parser, "expected a JSON object with \"results\" or an array of records");
      }
      if (parser.nextToken() != null) throw notCsl(file, parser, "more content after the end of the JSON document");
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new SourceFormatException(new RecordProblem(file, line, null, "not valid JSON: " + e.getOriginalMessage()));
    }
  }

  private void readEnvelope(JsonParser parser, String file, EntitySink sink) throws IOException {
    boolean sawResults = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("results") && value == JsonToken.START_ARRAY) {
        sawResults = true;
        readRecords(parser, file, sink);
      } else {
        parser.skipChildren();
      }
    }
    if (!sawResults) throw notCsl(file, parser, "no \"results\" array");
  }

  private void readRecords(JsonParser parser, String file, EntitySink sink) throws IOException {
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      long line = parser.currentLocation().getLineNr();
      JsonNode node = MAPPER.readTree(parser);
      String name = text(node, "name");
      if (name.isEmpty()) {
        sink.problem(new RecordProblem(file, line, "name", "record has no name; skipped"));
        continue;
      }
      sink.accept(CslMapper.toEntity(record(node, line)));
    }
  }

  private static SourceFormatException notCsl(String file, JsonParser parser, String what) {
    return new SourceFormatException(new RecordProblem(file, parser.currentLocation().getLineNr(), null,
        "not the trade.gov CSL JSON format: " + what));
  }

  static CslRecord record(JsonNode n, long line) {
    return new CslRecord(id(n), line, text(n, "source"), text(n, "entity_number"), text(n, "type"),
        strings(n, "programs"), text(n, "name"), text(n, "title"), addresses(n.get("addresses")),
        text(n, "federal_register_notice"), text(n, "start_date"), text(n, "end_date"),
        text(n, "license_requirement"), text(n, "license_policy"), text(n, "call_sign"), text(n, "vessel_type"),
        text(n, "gross_tonnage"), text(n, "gross_registered_tonnage"), text(n, "vessel_flag"), text(n, "vessel_owner"),
        text(n, "remarks"), text(n, "source_list_url"), strings(n, "alt_names"), strings(n, "citizenships"),
        strings(n, "dates_of_birth"), strings(n, "nationalities"), strings(n, "places_of_birth"),
        text(n, "source_information_url"), ids(n.get("ids")));
  }

  /** {@code id} in the API, {@code _id} in the download; same fallbacks as the CSV reader. */
  private static String id(JsonNode n) {
    for (String field : List.of("_id", "id", "entity_number")) {
      if (!text(n, field).isEmpty()) return text(n, field);
    }
    return "sha1-" + StableIds.sha1(text(n, "source"), text(n, "name"), String.join("; ", addresses(n.get("addresses"))));
  }

  private static List<String> addresses(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array == null || array.isNull()) return out;
    if (array.isTextual()) return CslCsvSource.split(array.asText());
    for (JsonNode a : array) {
      if (a.isTextual()) {
        out.add(a.asText().strip());
        continue;
      }
      List<String> parts = new ArrayList<>();
      for (String f : List.of("address", "city", "state", "postal_code", "country")) {
        if (!text(a, f).isEmpty()) parts.add(text(a, f));
      }
      if (!parts.isEmpty()) out.add(String.join(", ", parts));
    }
    return out;
  }

  private static List<CslRecord.Id> ids(JsonNode array) {
    List<CslRecord.Id> out = new ArrayList<>();
    if (array == null || array.isNull()) return out;
    if (array.isTextual()) return CslCsvSource.ids(array.asText());
    for (JsonNode i : array) {
      String country = text(i, "country");
      out.add(new CslRecord.Id(text(i, "type"), text(i, "number"), country.isEmpty() ? null : country));
    }
    return out;
  }

  /** An array of strings, or a CSV-style "; "-joined string (some exports flatten arrays). */
  private static List<String> strings(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) return List.of();
    if (!v.isArray()) return CslCsvSource.split(v.asText());
    List<String> out = new ArrayList<>();
    v.forEach(x -> {
      if (!x.isNull() && !x.asText().isBlank()) out.add(x.asText().strip());
    });
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText().strip();
  }
}
