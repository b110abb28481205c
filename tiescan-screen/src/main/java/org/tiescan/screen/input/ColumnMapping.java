package org.tiescan.screen.input;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tiescan.model.RecordProblem;
import org.tiescan.model.Schema;

/**
 * Which input columns hold what the screening needs. Detected from the header names (English and
 * Chinese, case and punctuation ignored) unless the user names the columns.
 *
 * @param nameColumns columns with names of the counterparty (at least one)
 * @param countryColumn column with a country name or code, or null
 * @param idColumn the user's own record id, or null
 * @param identifierColumns columns with identifiers (LEI, USCC, ISIN, ticker, registration number)
 * @param schema what the names are, as a FollowTheMoney schema: LegalEntity (organisations and people)
 *     unless the user says otherwise (Vessel for a file of ship names)
 */
public record ColumnMapping(
    List<String> nameColumns, String countryColumn, String idColumn, List<String> identifierColumns, String schema)
    implements java.io.Serializable {

  public ColumnMapping {
    nameColumns = List.copyOf(nameColumns);
    identifierColumns = identifierColumns == null ? List.of() : List.copyOf(identifierColumns);
    schema = schema == null ? Schema.LEGAL_ENTITY : schema;
  }

  /** The same columns, their names being of {@code schema}. */
  public ColumnMapping withSchema(String schema) {
    return new ColumnMapping(nameColumns, countryColumn, idColumn, identifierColumns, schema);
  }

  // Header names are compared after lower-casing and dropping everything but letters and digits.
  private static final List<String> NAME_HEADERS = List.of(
      "name", "companyname", "company", "suppliername", "supplier", "vendorname", "vendor",
      "organisationname", "organizationname", "organisation", "organization", "entityname", "entity",
      "legalname", "counterpartyname", "counterparty", "partyname", "party", "customername", "customer",
      "名称", "公司名称", "企业名称", "公司", "供应商名称", "供应商", "单位名称");
  private static final List<String> COUNTRY_HEADERS = List.of(
      "country", "countrycode", "countryiso", "iso2", "nation", "jurisdiction", "国家", "国家地区", "国别", "地区");
  private static final List<String> ID_HEADERS = List.of(
      "id", "supplierid", "vendorid", "recordid", "customerid", "counterpartyid", "partyid", "ref",
      "reference", "编号", "序号");
  private static final Set<String> IDENTIFIER_HEADERS = Set.of(
      "lei", "leicode", "uscc", "usccode", "isin", "isincode", "ticker", "registration",
      "registrationnumber", "registrationno", "regno", "companynumber", "taxid", "taxnumber", "vat",
      "vatnumber", "duns", "统一社会信用代码", "信用代码", "注册号", "股票代码");

  /** Columns the user named on the command line; null or empty means "detect". */
  public record Overrides(
      List<String> nameColumns, String countryColumn, String idColumn, List<String> identifierColumns) {
    public static Overrides none() {
      return new Overrides(List.of(), null, null, List.of());
    }
  }

  /**
   * Chooses the columns for a file with these headers.
   *
   * @throws InputException when no name column is found or a named column does not exist
   */
  public static ColumnMapping detect(String file, List<String> headers, Overrides given) {
    Overrides o = given == null ? Overrides.none() : given;
    List<String> names = nonEmpty(o.nameColumns()) ? checked(file, headers, o.nameColumns(), "--name-column")
        : first(headers, NAME_HEADERS).map(List::of).orElse(List.of());
    if (names.isEmpty()) {
      throw new InputException(new RecordProblem(file, 1, null,
          "no name column found among the headers " + headers
              + "; name it with --name-column (recognised: name, company, supplier, vendor, organisation, entity, 名称, 公司名称…)"));
    }
    String country = o.countryColumn() != null ? checked(file, headers, List.of(o.countryColumn()), "--country-column").get(0)
        : first(headers, COUNTRY_HEADERS).orElse(null);
    String id = o.idColumn() != null ? checked(file, headers, List.of(o.idColumn()), "--id-column").get(0)
        : first(headers, ID_HEADERS).orElse(null);
    List<String> identifiers = nonEmpty(o.identifierColumns())
        ? checked(file, headers, o.identifierColumns(), "--identifier-column")
        : headers.stream().filter(h -> IDENTIFIER_HEADERS.contains(key(h))).toList();
    return new ColumnMapping(names, country, id, identifiers, Schema.LEGAL_ENTITY);
  }

  private static boolean nonEmpty(List<String> l) {
    return l != null && !l.isEmpty();
  }

  private static List<String> checked(String file, List<String> headers, List<String> wanted, String flag) {
    List<String> out = new ArrayList<>();
    for (String w : wanted) {
      String found = headers.stream().filter(h -> h.equals(w)).findFirst()
          .or(() -> headers.stream().filter(h -> h.equalsIgnoreCase(w)).findFirst())
          .orElseThrow(() -> new InputException(new RecordProblem(file, 1, w,
              flag + " names column '" + w + "', but the headers are " + headers)));
      out.add(found);
    }
    return out;
  }

  /** The header matching the earliest entry of {@code wanted} (so "name" beats "company"). */
  private static java.util.Optional<String> first(List<String> headers, List<String> wanted) {
    for (String w : wanted) {
      for (String h : headers) if (key(h).equals(w)) return java.util.Optional.of(h);
    }
    return java.util.Optional.empty();
  }

  static String key(String header) {
    String n = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    n.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }
}
