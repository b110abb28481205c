package org.tiescan.model;

import java.util.Set;

/** FollowTheMoney schema names used by tiescan. Kept as strings so unknown FtM schemata pass through. */
public final class Schema {
  public static final String THING = "Thing";
  public static final String LEGAL_ENTITY = "LegalEntity";
  public static final String ORGANIZATION = "Organization";
  public static final String COMPANY = "Company";
  public static final String PUBLIC_BODY = "PublicBody";
  public static final String PERSON = "Person";
  public static final String VESSEL = "Vessel";
  public static final String AIRPLANE = "Airplane";
  public static final String SECURITY = "Security";
  public static final String OWNERSHIP = "Ownership";

  private static final Set<String> ORGANISATIONS = Set.of(LEGAL_ENTITY, ORGANIZATION, COMPANY, PUBLIC_BODY);
  /** LegalEntity and the schemata that extend it in FollowTheMoney. */
  private static final Set<String> LEGAL_ENTITIES = Set.of(LEGAL_ENTITY, ORGANIZATION, COMPANY, PUBLIC_BODY, PERSON);
  /** The schemata a query may ask for (the CLI's {@code --schema}, the HTTP API's {@code schema}). */
  public static final Set<String> QUERYABLE = Set.of(THING, LEGAL_ENTITY, ORGANIZATION, COMPANY, PUBLIC_BODY, PERSON,
      VESSEL, AIRPLANE, SECURITY);

  private Schema() {}

  /** Why a query may not ask for {@code schema} ("unknown schema 'Boat' (one of [...])"), or null when it may. */
  public static String whyNotQueryable(String schema) {
    return QUERYABLE.contains(schema) ? null
        : "unknown schema '" + schema + "' (one of " + new java.util.TreeSet<>(QUERYABLE) + ")";
  }

  /** True for schemata that describe an organisation (the things tiescan screens). */
  public static boolean isOrganisation(String schema) {
    return ORGANISATIONS.contains(schema);
  }

  /**
   * Whether an entity of schema {@code candidate} may answer a query for schema {@code query}: equal, or
   * one of them is Thing (anything), or one is LegalEntity and the other a legal entity too (an
   * organisation or a person), or both are organisations. As in FollowTheMoney, a vessel, an airplane or
   * a security is not a legal entity: a screened company name that happens to be a ship's ("PIONEER
   * CORPORATION" → the vessel HERO II, formerly PIONEER) is not a hit; ask for Vessel or Thing to find one.
   */
  public static boolean compatible(String query, String candidate) {
    if (query == null || candidate == null || query.equals(candidate)) return true;
    if (query.equals(THING) || candidate.equals(THING)) return true;
    if (query.equals(LEGAL_ENTITY)) return LEGAL_ENTITIES.contains(candidate);
    if (candidate.equals(LEGAL_ENTITY)) return LEGAL_ENTITIES.contains(query);
    return isOrganisation(query) && isOrganisation(candidate);
  }
}
