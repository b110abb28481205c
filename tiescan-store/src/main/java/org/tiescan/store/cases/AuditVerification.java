package org.tiescan.store.cases;

/** Result of checking the audit chain: rows checked, and the first broken row (0 if intact). */
public record AuditVerification(long rows, long firstBrokenSeq, String problem) {
  public boolean intact() {
    return firstBrokenSeq == 0;
  }
}
