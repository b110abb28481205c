package org.tiescan.graph;

import java.util.function.Predicate;
import org.tiescan.model.Entity;

/**
 * A rule that extends a listing to companies owned, alone or together, 50 % or more by listed
 * parties, directly or through owned companies.
 *
 * @param name short name
 * @param citation the legal text or guidance, as verified
 * @param url where to read it
 * @param covers which entities are listed parties for this rule
 * @param note what the rule does not cover, for the reviewer
 */
public record OwnershipRule(String name, String citation, String url, Predicate<Entity> covers, String note) {
  public static final double THRESHOLD = 50.0;

  /**
   * OFAC's 50 Percent Rule: entities owned 50 % or more in the aggregate, directly or indirectly,
   * by blocked persons are blocked (OFAC FAQs 398-402). Blocked persons here are SDN-list entries;
   * NS-CMIC listings are investment restrictions, not blocking, and do not count.
   */
  public static final OwnershipRule OFAC_50_PERCENT = new OwnershipRule(
      "OFAC 50 Percent Rule",
      "OFAC guidance on entities owned by blocked persons, FAQs 398-402",
      "https://ofac.treasury.gov/faqs/401",
      e -> e.designations().stream().anyMatch(d -> d.dataset() != null && d.dataset().startsWith("us-ofac-sdn")),
      "ownership only, not control; applies to blocked (SDN) persons, not to NS-CMIC listings");

  /**
   * BIS Affiliates Rule: foreign entities at least 50 % owned, individually or in the aggregate, by
   * Entity List or MEU List parties are subject to the same restrictions (interim final rule,
   * 90 FR 47201, effective 29 September 2025).
   */
  public static final OwnershipRule BIS_AFFILIATES = new OwnershipRule(
      "BIS Affiliates Rule",
      "90 FR 47201, Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities (interim final rule, effective 2025-09-29)",
      "https://www.federalregister.gov/d/2025-19001",
      e -> e.designations().stream().anyMatch(d -> "us-bis-entity-list".equals(d.dataset())
          || "us-bis-meu".equals(d.dataset())),
      "foreign affiliates only; ownership, not control; check the rule's current status before relying on it");
}
