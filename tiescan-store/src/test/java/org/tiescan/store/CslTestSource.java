package org.tiescan.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tiescan.model.Dataset;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.model.RecordProblem;
import org.tiescan.model.Schema;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.ListSource;

/**
 * A deliberately small reader of real CSL CSV rows for the store's tests, so they do not depend on
 * the production reader (written in tiescan-sources). It keeps the fields the store must carry
 * faithfully: names, aliases, addresses, programs, citations, dates, source URL and the CSL _id.
 */
final class CslTestSource implements ListSource {
  static final Dataset DATASET = new Dataset("us-csl", "Consolidated Screening List (trade.gov)",
      "U.S. International Trade Administration", "2022-05-01", "https://www.trade.gov/consolidated-screening-list",
      "US government work, public domain");

  @Override
  public Dataset dataset() {
    return DATASET;
  }

  @Override
  public void read(Path location, EntitySink sink) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(location, StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(in)) {
        if (row.get("name").isBlank()) {
          sink.problem(new RecordProblem(location.getFileName().toString(), row.getRecordNumber() + 1, "name",
              "empty name"));
          continue;
        }
        sink.accept(entity(row));
      }
    }
  }

  static Entity entity(CSVRecord row) {
    String id = row.get("_id");
    Entity.Builder b = Entity.builder("us-csl-" + id, schema(row.get("type")))
        .add(Prop.NAME, row.get("name"))
        .addAll(Prop.ALIAS, split(row.get("alt_names")))
        .addAll(Prop.ADDRESS, split(row.get("addresses")))
        .addAll(Prop.PROGRAM, split(row.get("programs")))
        .add(Prop.NOTES, row.get("remarks"))
        .dataset("us-csl")
        .sourceId("us-csl:" + id);
    return b.designation(new Designation("us-csl", row.get("source"), split(row.get("programs")), null,
        split(row.get("federal_register_notice")), blankToNull(row.get("start_date")),
        blankToNull(row.get("end_date")), blankToNull(row.get("source_list_url")), id, null)).build();
  }

  private static String schema(String type) {
    return switch (type) {
      case "Individual" -> Schema.PERSON;
      case "Vessel" -> Schema.VESSEL;
      case "Aircraft" -> Schema.AIRPLANE;
      case "Entity" -> Schema.ORGANIZATION;
      default -> Schema.LEGAL_ENTITY;
    };
  }

  private static List<String> split(String multi) {
    return Arrays.stream(multi.split("; ")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
