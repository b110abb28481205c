package org.tiescan.store.cases;

import org.tiescan.store.StoreException;

/** A decision made on a stale view of a hit: someone decided (or a rescreen reopened it) meanwhile. */
public final class DecisionConflictException extends StoreException {
  private final Hit current;

  public DecisionConflictException(long expectedVersion, Hit current) {
    super("conflict: hit " + current.id() + " changed since you read it (you expected version " + expectedVersion
        + ", it is now at version " + current.version() + ": " + current.status().sql()
        + (current.reviewer() == null ? "" : " by " + current.reviewer())
        + (current.decidedAt() == null ? "" : " at " + current.decidedAt())
        + "); review it again and retry with --expect-version " + current.version());
    this.current = current;
  }

  public Hit current() {
    return current;
  }
}
