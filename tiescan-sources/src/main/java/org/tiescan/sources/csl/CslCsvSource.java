package org.tiescan.sources.csl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.tiescan.model.Dataset;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.ListSource;
import org.tiescan.sources.io.CsvRow;
import org.tiescan.sources.io.HeaderedCsv;
import org.tiescan.sources.support.StableIds;

/**
 * The trade.gov Consolidated Screening List as CSV (consolidated.csv), streamed row by row. Reads
 * the current format (first column {@code _id}) and the pre-2020 format without {@code _id}. One
 * entity per row, id {@code us-csl-<_id>}; a Treasury entry on several component lists (e.g. SDN and
 * SSI) comes as several rows with the same {@code _id}, hence several entities with the same id and
 * one designation each: consumers merge them by id.
 *
 * <p>Rows without {@code _id} (2019 format) get a derived id: the {@code entity_number} when the row
 * has one (trade.gov itself uses OFAC's entity number as {@code _id} for Treasury rows, so the id
 * stays the same across formats), else {@code sha1-} + SHA-1 of source, name and addresses joined by
 * line feeds (see {@link StableIds#sha1}).
 */
public final class CslCsvSource implements ListSource {
  public static final Dataset DATASET = new Dataset("us-csl", "Consolidated Screening List (trade.gov)",
      "U.S. International Trade Administration (Departments of Commerce, State and the Treasury)", null,
      "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv",
      "US government work, public domain");
  private static final List<String> REQUIRED = List.of("source", "name", "addresses", "alt_names", "federal_register_notice");

  private static final Pattern MULTI_VALUE = Pattern.compile(";\\s");

  private final Dataset dataset;

  public CslCsvSource() {
    this(DATASET);
  }

  /** With the metadata of a known copy, e.g. the bundled snapshot and its date. */
  public CslCsvSource(Dataset dataset) {
    this.dataset = dataset;
  }

  @Override
  public Dataset dataset() {
    return dataset;
  }

  @Override
  public void read(Path location, EntitySink sink) throws IOException {
    new HeaderedCsv().read(location, REQUIRED, sink, row -> {
      if (row.get("name").isEmpty()) {
        sink.problem(new RecordProblem(location.toString(), row.line(), "name", "empty name; row skipped"));
      } else {
        sink.accept(CslMapper.toEntity(record(row)));
      }
    });
  }

  private static CslRecord record(CsvRow r) {
    return new CslRecord(id(r), r.line(), r.get("source"), r.get("entity_number"), r.get("type"),
        split(r.get("programs")), r.get("name"), r.get("title"), split(r.get("addresses")),
        r.get("federal_register_notice"), r.get("start_date"), r.get("end_date"),
        r.get("license_requirement"), r.get("license_policy"), r.get("call_sign"), r.get("vessel_type"),
        r.get("gross_tonnage"), r.get("gross_registered_tonnage"), r.get("vessel_flag"), r.get("vessel_owner"),
        r.get("remarks"), r.get("source_list_url"), split(r.get("alt_names")), split(r.get("citizenships")),
        split(r.get("dates_of_birth")), split(r.get("nationalities")), split(r.get("places_of_birth")),
        r.get("source_information_url"), ids(r.get("ids")));
  }

  static String id(CsvRow r) {
    if (!r.get("_id").isEmpty()) return r.get("_id");
    if (!r.get("entity_number").isEmpty()) return r.get("entity_number");
    return "sha1-" + StableIds.sha1(r.get("source"), r.get("name"), r.get("addresses"));
  }

  /** CSL joins multi-values with "; ". */
  static List<String> split(String value) {
    if (value == null || value.isBlank()) return List.of();
    return Arrays.stream(MULTI_VALUE.split(value)).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** "CN, 91330000733796106P, Unified Social Credit Code (USCC); 002415 CN, Equity Ticker". */
  static List<CslRecord.Id> ids(String value) {
    return split(value).stream().map(CslCsvSource::id).toList();
  }

  private static CslRecord.Id id(String entry) {
    int last = entry.lastIndexOf(", ");
    if (last < 0) return new CslRecord.Id(entry, "", null);
    String type = entry.substring(last + 2);
    String rest = entry.substring(0, last);
    int first = rest.indexOf(", ");
    if (first == 2 && Character.isUpperCase(rest.charAt(0)) && Character.isUpperCase(rest.charAt(1))) {
      return new CslRecord.Id(type, rest.substring(first + 2), rest.substring(0, 2));
    }
    return new CslRecord.Id(type, rest, null);
  }
}
