package org.tiescan.sources.compiled;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tiescan.model.Dataset;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.ListSource;
import org.tiescan.sources.io.CsvRow;
import org.tiescan.sources.io.HeaderedCsv;
import org.tiescan.sources.support.LegalForms;

/**
 * The partial UFLPA Entity List compiled in the shared data (70 of 144 entities, each from a public
 * page; {@code name,aliases,uflpa_list,...,added_by,source_notice,source_url,...,caveats}). A fixture
 * reader: the designation keeps the compiler's notice text ({@code added_by}) as its citation and
 * the caveats in the reason, so nobody mistakes a row for the official appendix.
 */
public final class UflpaPartialSource implements ListSource {
  public static final String NAME = "us-dhs-uflpa";
  public static final Dataset DATASET = new Dataset(NAME, "UFLPA Entity List (PARTIAL compilation, 70 of 144 entities, Jan 2025)",
      "DHS Forced Labor Enforcement Task Force (compiled from public pages)", "2025-01",
      "https://www.dhs.gov/uflpa-entity-list", "compiled from public pages; facts US-government public domain");

  @Override
  public Dataset dataset() {
    return DATASET;
  }

  @Override
  public void read(Path location, EntitySink sink) throws IOException {
    new HeaderedCsv().read(location, List.of("name", "aliases", "uflpa_list", "effective_date", "added_by", "source_url"), sink,
        row -> sink.accept(entity(row)));
  }

  private static Entity entity(CsvRow r) {
    String id = CompiledRows.nameId(NAME, r.get("name"));
    List<String> programs = CompiledRows.splitSemicolons(r.get("uflpa_list")).stream().map(s -> "UFLPA " + s).toList();
    String reason = String.join(" | ", List.of(r.get("products_or_notes"), r.get("caveats")).stream().filter(s -> !s.isEmpty()).toList());
    return Entity.builder(id, LegalForms.looksLikeCompany(r.get("name")) ? "Company" : "LegalEntity")
        .dataset(NAME).sourceId(NAME + ":" + id.substring(NAME.length() + 1))
        .add(Prop.NAME, r.get("name")).addAll(Prop.ALIAS, CompiledRows.splitSemicolons(r.get("aliases")))
        .addAll(Prop.PROGRAM, programs).add(Prop.TOPICS, "sanction").add(Prop.SOURCE_URL, r.get("source_url"))
        .add(Prop.NOTES, r.get("products_or_notes"))
        .designation(new Designation(NAME, "UFLPA Entity List", programs, "DHS Forced Labor Enforcement Task Force",
            r.get("added_by").isEmpty() ? List.of() : List.of(r.get("added_by")),
            CompiledRows.isoDate(r.get("effective_date")), null, blank(r.get("source_url")), id, blank(reason)))
        .build();
  }

  private static String blank(String v) {
    return v.isEmpty() ? null : v;
  }
}
