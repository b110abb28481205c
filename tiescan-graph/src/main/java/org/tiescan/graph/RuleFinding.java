package org.tiescan.graph;

import java.util.List;

/**
 * The outcome of one {@link OwnershipRule} for one entity.
 *
 * @param rule the rule's name
 * @param citation its legal basis
 * @param url where to read it
 * @param status the outcome
 * @param knownShare the aggregate published share held by listed (or rule-covered) owners
 * @param owners the listed or rule-covered owners that count, with their shares
 * @param explanation one sentence for the reviewer
 */
public record RuleFinding(String rule, String citation, String url, Status status, double knownShare,
    List<OwnerShare> owners, String explanation) {

  public RuleFinding {
    owners = List.copyOf(owners);
  }

  /** The possible outcomes. */
  public enum Status {
    /** The entity is itself a listed party for the rule. */
    LISTED,
    /** Listed or rule-covered owners hold 50 % or more in the aggregate (published shares). */
    APPLIES,
    /** Listed owners exist but their shares are not published, and the known shares stay below 50 %. */
    UNDETERMINED,
    /** No listed owner, or the published shares stay below 50 %. */
    DOES_NOT_APPLY
  }

  /**
   * An owner that counts for the rule.
   *
   * @param ownerId the owner
   * @param ownerName its display name
   * @param share its published share, or null when not published
   * @param coveredBy "listed" when the owner itself is listed, "rule" when it is covered through its own owners
   * @param edgeId the ownership link
   */
  public record OwnerShare(String ownerId, String ownerName, Double share, String coveredBy, String edgeId) {}
}
