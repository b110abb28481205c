package org.tiescan.sources.ofac;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.model.Schema;
import org.tiescan.sources.support.Countries;
import org.tiescan.sources.support.ProgramAuthorities;
import org.tiescan.sources.support.ExtraProps;
import org.tiescan.sources.support.LegalForms;
import org.tiescan.sources.support.Remarks;

/** Builds one entity from a primary row and its alias, address and comment rows. */
final class OfacEntityMapper {
  static final String AUTHORITY = "U.S. Department of the Treasury, OFAC";
  private static final String DETAILS_URL = "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=";

  private final String prefix;
  private final boolean consolidated;

  OfacEntityMapper(String prefix, boolean consolidated) {
    this.prefix = prefix;
    this.consolidated = consolidated;
  }

  Entity toEntity(List<String> p, List<List<String>> aliases, List<List<String>> addresses, List<List<String>> comments) {
    String entNum = p.get(0).strip();
    String name = p.get(1);
    Entity.Builder b = Entity.builder(prefix + "-" + entNum, schema(p.get(2), name))
        .dataset(prefix)
        .sourceId(prefix + ":" + entNum)
        .add(Prop.NAME, name)
        .add(Prop.TITLE, p.get(4))
        .add(ExtraProps.CALL_SIGN, p.get(5)).add(ExtraProps.TYPE, p.get(6))
        .add(ExtraProps.TONNAGE, p.get(7)).add(ExtraProps.GROSS_REGISTERED_TONNAGE, p.get(8))
        .add(ExtraProps.FLAG, Countries.code(p.get(9))).add(ExtraProps.OWNER, p.get(10));
    aliases.forEach(a -> b.add(aliasProperty(a.get(2), a.get(4)), a.get(3)));
    for (List<String> a : addresses) {
      b.add(Prop.ADDRESS, joinAddress(a.get(2), a.get(3), a.get(4)));
      b.add(Prop.COUNTRY, Countries.code(a.get(4)));
    }
    String remarks = remarks(p.get(11), comments);
    List<String> programs = programs(p.get(3));
    b.addAll(Prop.PROGRAM, programs).add(Prop.TOPICS, "sanction").add(Prop.NOTES, remarks);
    Remarks.ListingDates dates = Remarks.apply(remarks, b);
    b.add(Prop.SOURCE_URL, DETAILS_URL + entNum);
    return b.designation(designation(entNum, programs, dates, remarks)).build();
  }

  static String schema(String type, String name) {
    return switch (type.strip().toLowerCase(Locale.ROOT)) {
      case "individual" -> Schema.PERSON;
      case "vessel" -> Schema.VESSEL;
      case "aircraft" -> Schema.AIRPLANE;
      default -> LegalForms.looksLikeCompany(name) ? Schema.COMPANY : Schema.LEGAL_ENTITY;
    };
  }

  /** fka → previousName; an alias OFAC remarks as weak → weakAlias; aka and nka → alias. */
  static String aliasProperty(String type, String remarks) {
    if (remarks != null && remarks.toLowerCase(Locale.ROOT).contains("weak")) return Prop.WEAK_ALIAS;
    return "fka".equalsIgnoreCase(type.strip()) ? Prop.PREVIOUS_NAME : Prop.ALIAS;
  }

  /** OFAC writes several programs as "SDGT] [IFSR" (the outer brackets stripped by the export). */
  static List<String> programs(String program) {
    if (program.isBlank()) return List.of();
    return Arrays.stream(program.split("\\]\\s*\\[")).map(s -> s.replace("[", "").replace("]", "").strip())
        .filter(s -> !s.isEmpty()).toList();
  }

  /** The comments file continues remarks that the primary file cut at its field limit, mid-word. */
  static String remarks(String primary, List<List<String>> comments) {
    StringBuilder out = new StringBuilder(primary);
    comments.forEach(c -> out.append(c.get(1)));
    return out.toString().strip();
  }

  private static String joinAddress(String... parts) {
    List<String> kept = new ArrayList<>();
    for (String part : parts) if (!part.isBlank()) kept.add(part.strip());
    return String.join(", ", kept);
  }

  private Designation designation(String entNum, List<String> programs, Remarks.ListingDates dates, String remarks) {
    OfacLists.ListInfo list = consolidated ? OfacLists.consolidated(programs) : OfacLists.SDN;
    return new Designation(list.dataset(), list.title(), programs, AUTHORITY,
        ProgramAuthorities.citations(programs, List.of()), dates.listingDate(), null,
        DETAILS_URL + entNum, entNum, remarks.isEmpty() ? null : remarks);
  }
}
