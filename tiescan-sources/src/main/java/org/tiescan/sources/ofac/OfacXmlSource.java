package org.tiescan.sources.ofac;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tiescan.model.Dataset;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.ListSource;
import org.tiescan.sources.io.XmlNode;
import org.tiescan.sources.io.XmlRecords;
import org.tiescan.sources.support.Countries;
import org.tiescan.sources.support.ProgramAuthorities;
import org.tiescan.sources.support.Dates;
import org.tiescan.sources.support.ExtraProps;
import org.tiescan.sources.support.Identifiers;
import org.tiescan.sources.support.Remarks;

/**
 * OFAC's XML form of the SDN list ({@code SDN.XML}) and of the consolidated non-SDN list
 * ({@code CONSOLIDATED.XML}): {@code <sdnList>} of {@code <sdnEntry>}, in either the old
 * {@code tempuri.org} or the Sanctions List Service namespace (only local names are read). The
 * entry {@code uid} is the same number as {@code ent_num} in the legacy CSV files, so an entity
 * keeps its id when a data directory switches from one format to the other.
 */
public final class OfacXmlSource implements ListSource {
  private static final String DETAILS_URL = "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=";

  private final OfacLegacySource.Variant variant;
  private Dataset dataset;

  public OfacXmlSource(OfacLegacySource.Variant variant, Dataset dataset) {
    this.variant = variant;
    this.dataset = dataset;
  }

  /** The dataset, with the file's Publish_Date as snapshot date once the file has been read. */
  @Override
  public Dataset dataset() {
    return dataset;
  }

  @Override
  public void read(Path location, EntitySink sink) throws IOException {
    new XmlRecords("sdnList", Set.of("sdnEntry", "publshInformation"))
        .read(location, root -> {}, node -> {
          if (node.name().equals("publshInformation")) {
            publishDate(node.childText("Publish_Date"));
          } else {
            entry(location, node, sink);
          }
        });
  }

  private void publishDate(String mmddyyyy) {
    String[] p = mmddyyyy.split("/");
    if (p.length == 3) {
      dataset = new Dataset(dataset.name(), dataset.title(), dataset.publisher(), p[2] + "-" + p[0] + "-" + p[1],
          dataset.sourceUrl(), dataset.licence());
    }
  }

  private void entry(Path file, XmlNode e, EntitySink sink) {
    String uid = e.childText("uid");
    String name = personName(e.childText("lastName"), e.childText("firstName"));
    if (uid.isEmpty() || name.isEmpty()) {
      sink.problem(new RecordProblem(file.toString(), e.line(), uid.isEmpty() ? "uid" : "lastName",
          "sdnEntry without " + (uid.isEmpty() ? "uid" : "name") + "; skipped"));
      return;
    }
    String prefix = variant.prefix;
    Entity.Builder b = Entity.builder(prefix + "-" + uid, OfacEntityMapper.schema(e.childText("sdnType"), name))
        .dataset(prefix).sourceId(prefix + ":" + uid).add(Prop.NAME, name).add(Prop.TITLE, e.childText("title"));
    aliases(e, b);
    addresses(e, b);
    identifiers(e, b);
    personal(e, b);
    vessel(e, b);
    List<String> programs = e.texts("programList", "program");
    String remarks = e.childText("remarks");
    b.addAll(Prop.PROGRAM, programs).add(Prop.TOPICS, "sanction").add(Prop.NOTES, remarks);
    Remarks.ListingDates dates = Remarks.apply(remarks, b);
    b.add(Prop.SOURCE_URL, DETAILS_URL + uid);
    OfacLists.ListInfo list = variant == OfacLegacySource.Variant.SDN ? OfacLists.SDN : OfacLists.consolidated(programs);
    sink.accept(b.designation(new Designation(list.dataset(), list.title(), programs, OfacEntityMapper.AUTHORITY,
        ProgramAuthorities.citations(programs, List.of()),
        dates.listingDate(), null, DETAILS_URL + uid, uid, remarks.isEmpty() ? null : remarks)).build());
  }

  /** The legacy files write a person as "LAST, First"; the XML splits it, and we keep the legacy form. */
  private static String personName(String last, String first) {
    if (first.isEmpty()) return last;
    return last.isEmpty() ? first : last + ", " + first;
  }

  private static void aliases(XmlNode e, Entity.Builder b) {
    for (XmlNode aka : e.all("akaList", "aka")) {
      String name = personName(aka.childText("lastName"), aka.childText("firstName"));
      String type = aka.childText("type").toLowerCase(Locale.ROOT);
      String prop = "weak".equalsIgnoreCase(aka.childText("category")) ? Prop.WEAK_ALIAS
          : type.startsWith("f.k.a") ? Prop.PREVIOUS_NAME : Prop.ALIAS;
      b.add(prop, name);
    }
  }

  private static void addresses(XmlNode e, Entity.Builder b) {
    for (XmlNode a : e.all("addressList", "address")) {
      List<String> parts = new ArrayList<>();
      for (String field : List.of("address1", "address2", "address3", "city", "stateOrProvince", "postalCode", "country")) {
        String v = a.childText(field);
        if (!v.isEmpty()) parts.add(v);
      }
      b.add(Prop.ADDRESS, String.join(", ", parts));
      b.add(Prop.COUNTRY, Countries.code(a.childText("country")));
    }
  }

  private static void identifiers(XmlNode e, Entity.Builder b) {
    for (XmlNode id : e.all("idList", "id")) {
      String prop = Identifiers.propertyFor(id.childText("idType"));
      if (prop != null) b.add(prop, Identifiers.clean(prop, id.childText("idNumber")));
    }
  }

  private static void personal(XmlNode e, Entity.Builder b) {
    e.texts("dateOfBirthList", "dateOfBirthItem", "dateOfBirth").forEach(d -> b.add(Prop.BIRTH_DATE, Dates.iso(d)));
    e.texts("placeOfBirthList", "placeOfBirthItem", "placeOfBirth").forEach(p -> b.add(ExtraProps.BIRTH_PLACE, p));
    e.texts("nationalityList", "nationality", "country").forEach(c -> b.add(Prop.NATIONALITY, Countries.code(c)));
    e.texts("citizenshipList", "citizenship", "country").forEach(c -> b.add(Prop.NATIONALITY, Countries.code(c)));
  }

  private static void vessel(XmlNode e, Entity.Builder b) {
    for (XmlNode v : e.children("vesselInfo")) {
      b.add(ExtraProps.CALL_SIGN, v.childText("callSign")).add(ExtraProps.TYPE, v.childText("vesselType"))
          .add(ExtraProps.FLAG, Countries.code(v.childText("vesselFlag"))).add(ExtraProps.OWNER, v.childText("vesselOwner"))
          .add(ExtraProps.TONNAGE, v.childText("tonnage"))
          .add(ExtraProps.GROSS_REGISTERED_TONNAGE, v.childText("grossRegisteredTonnage"));
    }
  }
}
