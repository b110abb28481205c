package org.tiescan.store.cases;

/** What a (re)screen found for one hit, compared with what the store knew. */
public record Observation(Kind kind, Hit hit) {
  public enum Kind {
    /** First time this counterparty hit this entity. */
    NEW,
    /** A decided hit whose evidence changed: back to pending, with a "what changed" note. */
    REOPENED,
    /** Known hit, evidence unchanged: the decision (or pending state) stands. */
    UNCHANGED
  }

  /** Whether monitoring reports it: only new and reopened hits are news to the user. */
  public boolean isNews() {
    return kind != Kind.UNCHANGED;
  }
}
