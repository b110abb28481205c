package org.tiescan.store.cases;

/**
 * A reviewer's decision on a hit. {@code expectedVersion} is the hit version the reviewer saw; null
 * means "whatever is current" (still atomic: the decision applies to the version read just before).
 */
public record Decision(long hitId, HitStatus status, String reason, String reviewer, Long expectedVersion) {
  public Decision {
    if (reviewer == null || reviewer.isBlank()) throw new IllegalArgumentException("a decision needs a reviewer");
    if (status != HitStatus.PENDING && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("a " + status.sql() + " decision needs a reason");
    }
  }
}
