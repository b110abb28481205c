package org.tiescan.screen.publications;

import java.util.List;
import org.tiescan.match.MatchResult;
import org.tiescan.screen.HitContext;

/**
 * A listed (or exposed) entity an affiliation leads to, and how.
 *
 * @param via {@link #ORGANISATION} (the resolved organisation matched), {@link #ROR_PARENT} (an
 *     organisation above it in ROR matched) or {@link #TEXT} (a segment of the raw string matched)
 * @param screenedName the organisation or segment whose names were screened
 * @param rorPath the ROR organisations from the resolved one up to the one that matched
 *     ("Tianmushan Laboratory (https://ror.org/03smwa682) → parent → Beihang University (…)"); empty unless via a parent
 * @param result the list entity, score and explanation
 * @param context basis (listed / exposure) and ownership paths, or null without a graph
 */
public record OrgHit(String via, String screenedName, List<String> rorPath, MatchResult result, HitContext context) {
  public static final String ORGANISATION = "organisation";
  public static final String ROR_PARENT = "ror_parent";
  public static final String TEXT = "affiliation_text";

  public OrgHit {
    rorPath = List.copyOf(rorPath);
  }

  public String entityId() {
    return result.entity().id();
  }
}
