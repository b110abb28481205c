package org.tiescan.screen.equipment;

import java.time.Instant;

/**
 * Where review stands on a flagged asset, as the case store recorded it in this run.
 *
 * @param hitId the case store's hit id (for {@code tiescan decide})
 * @param version the hit's version (the concurrency token for {@code --expect-version})
 * @param status pending, confirmed, cleared or escalated
 * @param observation {@code new} (first seen), {@code reopened} (decided on evidence that has changed
 *     since) or {@code unchanged} (the decision, or the pending state, stands)
 * @param reason why it was decided (or reopened)
 * @param reviewer who decided
 * @param decidedAt when
 * @param change for a reopened hit, what changed in the evidence
 */
public record Review(long hitId, long version, String status, String observation, String reason, String reviewer,
    Instant decidedAt, String change) {
  /** Decided and the decision still stands (not pending). */
  public boolean decided() {
    return !"pending".equals(status);
  }

  /** One line for reports, e.g. "hit 12 v2: cleared by alice — other device (decision kept)". */
  public String describe() {
    StringBuilder s = new StringBuilder("hit ").append(hitId).append(" v").append(version).append(": ").append(status);
    if (decided() && reviewer != null) s.append(" by ").append(reviewer);
    if (decided() && reason != null) s.append(" — ").append(reason);
    if ("reopened".equals(observation)) s.append(" (reopened: ").append(change).append(')');
    else if ("unchanged".equals(observation) && decided()) s.append(" (decision kept: evidence unchanged)");
    else if ("new".equals(observation)) s.append(" (new)");
    return s.toString();
  }
}
