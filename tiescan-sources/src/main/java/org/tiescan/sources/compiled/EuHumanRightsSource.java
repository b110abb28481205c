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
import org.tiescan.sources.support.Countries;
import org.tiescan.sources.support.ExtraProps;

/**
 * The EU Global Human Rights Sanctions Regime (Council Regulation (EU) 2020/1998, Annex I) in
 * OpenSanctions' FtM-style CSV ({@code celex,recordId,programKey,annex,measure,startDate,reason,
 * schema,name,alias,...}). Ids {@code eu-reg-2020-1998-<recordId>}. Aliases are split on ";", and
 * for persons also on ", " (the annex lists a person's spellings comma-separated; organisation
 * names may contain commas). Individuals appear only as the annex lists them.
 */
public final class EuHumanRightsSource implements ListSource {
  public static final String NAME = "eu-reg-2020-1998";
  public static final Dataset DATASET = new Dataset(NAME, "EU Global Human Rights Sanctions Regime (Reg. (EU) 2020/1998)",
      "Council of the European Union (transcribed by OpenSanctions)", null,
      "https://eur-lex.europa.eu/eli/reg/2020/1998/oj", CompiledRows.CC_BY_NC.replace("US-government public domain", "EU Official Journal"));

  @Override
  public Dataset dataset() {
    return DATASET;
  }

  @Override
  public void read(Path location, EntitySink sink) throws IOException {
    new HeaderedCsv().read(location, List.of("celex", "recordId", "schema", "name", "alias"), sink, row -> sink.accept(entity(row)));
  }

  private static Entity entity(CsvRow r) {
    String id = NAME + "-" + r.get("recordId");
    String schema = r.get("schema").isEmpty() ? "LegalEntity" : r.get("schema");
    Entity.Builder b = Entity.builder(id, schema).dataset(NAME).sourceId(NAME + ":" + r.get("recordId")).add(Prop.NAME, r.get("name"));
    for (String alias : CompiledRows.splitSemicolons(r.get("alias"))) {
      if (schema.equals("Person")) b.addAll(Prop.ALIAS, List.of(alias.split(",\\s+")));
      else b.add(Prop.ALIAS, alias);
    }
    b.addAll(Prop.WEAK_ALIAS, CompiledRows.splitSemicolons(r.get("weakAlias")))
        .addAll(Prop.PREVIOUS_NAME, CompiledRows.splitSemicolons(r.get("previousName")));
    CompiledRows.splitSemicolons(r.get("country")).forEach(c -> b.add(Prop.COUNTRY, Countries.code(c)));
    b.add(Prop.BIRTH_DATE, dateOrText(r.get("birthDate"))).add(ExtraProps.BIRTH_PLACE, r.get("birthPlace"))
        .add(Prop.REGISTRATION_NUMBER, r.get("registrationNumber")).add(Prop.TAX_NUMBER, r.get("taxNumber"))
        .add(Prop.ADDRESS, r.get("address")).add(Prop.WEBSITE, r.get("website")).add(Prop.NOTES, r.get("notes"))
        .add(Prop.TOPICS, "sanction").add(Prop.PROGRAM, r.get("programKey"));
    return b.designation(new Designation(NAME, "Council Regulation (EU) 2020/1998, Annex " + r.get("annex"),
        List.of(r.get("programKey")), "Council of the European Union", List.of("CELEX " + r.get("celex")),
        CompiledRows.isoDate(r.get("startDate")), null, DATASET.sourceUrl(), r.get("recordId"),
        r.get("reason").isEmpty() ? null : r.get("reason"))).build();
  }

  private static String dateOrText(String v) {
    String iso = CompiledRows.isoDate(v);
    return iso != null ? iso : v;
  }
}
