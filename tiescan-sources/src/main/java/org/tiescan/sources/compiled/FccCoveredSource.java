package org.tiescan.sources.compiled;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiescan.model.Dataset;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.ListSource;
import org.tiescan.sources.io.CsvRow;
import org.tiescan.sources.io.HeaderedCsv;
import org.tiescan.sources.io.TextInputs;
import org.tiescan.sources.support.LegalForms;

/**
 * The FCC Covered List in the two forms OpenSanctions has published: the current table
 * ({@code covered_equipment_or_services,date_of_inclusion_on_covered_list}, free text from which the
 * entity is extracted: "equipment produced by X, including ...", "services provided by X subject
 * to ...", "X and its wholly-owned subsidiary Y") and the 2024 file (semicolon-separated, UTF-8 BOM,
 * {@code ...;Entity Name;Subsidiary Names}). Subsidiaries become their own entities with the listed
 * entity as {@code parent}. Rows that cover a category of equipment rather than a named producer
 * (e.g. foreign-produced drones or routers) name no entity and are skipped.
 */
public final class FccCoveredSource implements ListSource {
  public static final String NAME = "us-fcc-covered";
  public static final Dataset DATASET = CompiledRows.dataset(NAME, "FCC Covered List (Secure Networks Act, 47 CFR 1.50002)",
      "Federal Communications Commission (transcribed by OpenSanctions)", "https://www.fcc.gov/supplychain/coveredlist");
  private static final String LIST = "FCC Covered List";
  private static final String CITATION = "Secure and Trusted Communications Networks Act of 2019, 47 U.S.C. 1601; 47 CFR 1.50002";
  private static final Pattern PRODUCER = Pattern.compile(
      "(?:produced|provided|supplied)(?:, directly or indirectly,)?(?: or provided)? by (.+?)"
          + "(?:,? including\\b|,? to the extent\\b|,? subject to\\b| or any of its\\b|\\.$)");
  private static final Pattern WHOLLY_OWNED = Pattern.compile("^(.+?) and its wholly-owned subsidiary (.+)$");

  @Override
  public Dataset dataset() {
    return DATASET;
  }

  @Override
  public void read(Path location, EntitySink sink) throws IOException {
    if (semicolonForm(location)) {
      new HeaderedCsv(';').read(location, List.of("Covered Equipment or Services", "Entity Name", "Subsidiary Names"), sink,
          row -> emit(row.get("Entity Name"), CompiledRows.splitSemicolons(row.get("Subsidiary Names")), row,
              row.get("Covered Equipment or Services"), row.get("Date of Inclusion on Covered List"), sink));
    } else {
      new HeaderedCsv().read(location, List.of("covered_equipment_or_services", "date_of_inclusion_on_covered_list"), sink,
          row -> fromText(row, sink));
    }
  }

  private static boolean semicolonForm(Path location) throws IOException {
    try (BufferedReader r = TextInputs.openLines(location)) {
      String header = r.readLine();
      return header != null && header.contains(";") && header.contains("Entity Name");
    }
  }

  private static void fromText(CsvRow row, EntitySink sink) {
    String text = row.get("covered_equipment_or_services");
    List<String> names = producers(text);
    if (names.isEmpty()) return;
    emit(names.get(0), names.subList(1, names.size()), row, text, row.get("date_of_inclusion_on_covered_list"), sink);
  }

  /** The producer named in a Covered List entry, then any subsidiary it names; empty for categories. */
  static List<String> producers(String text) {
    Matcher m = PRODUCER.matcher(text);
    if (!m.find()) return List.of();
    String named = m.group(1).strip();
    if (named.startsWith("a ") || named.startsWith("an ")) return List.of();
    List<String> out = new ArrayList<>();
    Matcher sub = WHOLLY_OWNED.matcher(named);
    if (sub.matches()) {
      out.add(sub.group(1).strip());
      out.add(sub.group(2).strip());
    } else {
      out.add(named);
    }
    return out;
  }

  private static void emit(String name, List<String> subsidiaries, CsvRow row, String text, String date, EntitySink sink) {
    if (name.isBlank()) return;
    Designation d = new Designation(NAME, LIST, List.of(), "Federal Communications Commission", List.of(CITATION),
        CompiledRows.isoDate(date), null, DATASET.sourceUrl(), String.valueOf(row.line()), text);
    sink.accept(entity(name, null, d));
    for (String subsidiary : subsidiaries) sink.accept(entity(subsidiary, name, d));
  }

  private static Entity entity(String name, String parent, Designation d) {
    String id = CompiledRows.nameId(NAME, name);
    return Entity.builder(id, LegalForms.looksLikeCompany(name) ? "Company" : "LegalEntity")
        .dataset(NAME).sourceId(NAME + ":" + id.substring(NAME.length() + 1))
        .add(Prop.NAME, name).add(Prop.PARENT, parent).add(Prop.TOPICS, "sanction")
        .add(Prop.NOTES, d.reason()).add(Prop.SOURCE_URL, d.sourceUrl())
        .designation(d).build();
  }
}
