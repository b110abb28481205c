package org.tiescan.sources.intl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tiescan.model.Dataset;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.model.RecordProblem;
import org.tiescan.model.Schema;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.io.XmlNode;
import org.tiescan.sources.io.XmlRecords;
import org.tiescan.sources.support.ExtraProps;
import org.tiescan.sources.support.LegalForms;

/**
 * The EU Financial Sanctions Files XML ({@code export} of {@code sanctionEntity}, format 1.1). Ids
 * come from the entity's {@code logicalId}; every {@code regulation} element gives a citation (its
 * Official Journal number, e.g. "2018/223 (OJ L43)"), its programme and its EUR-Lex URL.
 */
public final class EuFsfXmlSource extends DatedXmlSource {
  public static final String NAME = "eu-fsf";
  /** The download address with the Commission's public access token (one token for everyone, no login). */
  public static final String URL = "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw";
  public static final Dataset DATASET = new Dataset(NAME, "EU Consolidated Financial Sanctions List (FSF)",
      "European Commission (DG FISMA)", null, URL, "EU public information, re-use permitted");
  private static final String AUTHORITY = "Council of the European Union";
  private static final Map<String, String> ID_TYPES = Map.of("passport", ExtraProps.PASSPORT_NUMBER, "id", ExtraProps.ID_NUMBER,
      "regnumber", Prop.REGISTRATION_NUMBER, "tax", Prop.TAX_NUMBER, "swiftbic", Prop.SWIFT_BIC, "imo", Prop.IMO);

  public EuFsfXmlSource() {
    super(DATASET);
  }

  @Override
  public void read(Path location, EntitySink sink) throws IOException {
    new XmlRecords("export", Set.of("sanctionEntity")).read(location,
        root -> datedFromFile(root.attr("generationDate")),
        node -> record(location, node, sink));
  }

  private void record(Path file, XmlNode r, EntitySink sink) {
    String id = r.attr("logicalId");
    List<XmlNode> names = r.children("nameAlias").stream().filter(n -> !n.attr("wholeName").isEmpty()).toList();
    if (id.isEmpty() || names.isEmpty()) {
      sink.problem(new RecordProblem(file.toString(), r.line(), id.isEmpty() ? "logicalId" : "nameAlias",
          "sanctionEntity without " + (id.isEmpty() ? "logicalId" : "wholeName") + "; skipped"));
      return;
    }
    String name = names.get(0).attr("wholeName");
    Entity.Builder b = Entity.builder(NAME + "-" + id, schema(r, name)).dataset(NAME).sourceId(NAME + ":" + id).add(Prop.NAME, name);
    names.stream().skip(1).forEach(n -> b.add("false".equals(n.attr("strong")) ? Prop.WEAK_ALIAS : Prop.ALIAS, n.attr("wholeName")));
    names.forEach(n -> b.add(ExtraProps.POSITION, n.attr("function")));
    details(r, b);
    List<XmlNode> regulations = r.children("regulation");
    List<String> programs = distinct(regulations.stream().map(g -> g.attr("programme")).toList());
    List<String> citations = new ArrayList<>(distinct(regulations.stream().map(g -> g.attr("numberTitle")).toList()));
    if (!r.attr("euReferenceNumber").isEmpty()) citations.add(r.attr("euReferenceNumber"));
    if (!r.attr("unitedNationId").isEmpty()) citations.add("UN " + r.attr("unitedNationId"));
    String url = regulations.stream().map(g -> g.childText("publicationUrl")).filter(u -> !u.isEmpty()).findFirst().orElse(URL);
    String remarks = String.join(" ", r.texts("remark"));
    b.addAll(Prop.PROGRAM, programs).add(Prop.TOPICS, "sanction").add(Prop.NOTES, remarks).add(Prop.SOURCE_URL, url);
    sink.accept(b.designation(new Designation(NAME, DATASET.title(), programs, AUTHORITY, citations,
        XmlDatasets.orNull(r.attr("designationDate")), null, url, id, XmlDatasets.orNull(remarks))).build());
  }

  private static String schema(XmlNode r, String name) {
    String code = r.children("subjectType").stream().map(s -> s.attr("code")).findFirst().orElse("");
    if (code.equals("person")) return Schema.PERSON;
    return LegalForms.looksLikeCompany(name) ? Schema.COMPANY : Schema.LEGAL_ENTITY;
  }

  private static void details(XmlNode r, Entity.Builder b) {
    for (XmlNode c : r.children("citizenship")) b.add(Prop.NATIONALITY, iso2(c));
    for (XmlNode a : r.children("address")) {
      b.add(Prop.COUNTRY, iso2(a));
      b.add(Prop.ADDRESS, String.join(", ", distinct(List.of(a.attr("street"), a.attr("city"), a.attr("zipCode"),
          iso2(a) == null ? "" : a.attr("countryDescription")))));
    }
    for (XmlNode d : r.children("birthdate")) {
      b.add(Prop.BIRTH_DATE, d.attr("birthdate").isEmpty() ? d.attr("year") : d.attr("birthdate"));
    }
    for (XmlNode i : r.children("identification")) {
      String prop = ID_TYPES.get(i.attr("identificationTypeCode"));
      if (prop != null) b.add(prop, i.attr("number"));
    }
  }

  /** The FSF writes "00" / "UNKNOWN" when the country is not known. */
  private static String iso2(XmlNode n) {
    String code = n.attr("countryIso2Code");
    return code.length() == 2 && !code.equals("00") ? code.toLowerCase(java.util.Locale.ROOT) : null;
  }

  private static List<String> distinct(List<String> values) {
    Set<String> kept = new LinkedHashSet<>();
    values.stream().filter(v -> v != null && !v.isBlank()).forEach(kept::add);
    return List.copyOf(kept);
  }
}
