package org.tiescan.store.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tiescan.store.Checksums;
import org.tiescan.store.Sql;
import org.tiescan.store.StoreException;

/** The hash chain of the audit log: canonical row content, appending inside a transaction, checking. */
final class AuditChain {
  static final ObjectMapper CANONICAL = new ObjectMapper()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private AuditChain() {}

  static String canonical(Object value) {
    try {
      // round-trip through a tree so nested maps are key-sorted too
      return CANONICAL.writeValueAsString(CANONICAL.convertValue(value, Object.class));
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write audit content as JSON: " + e.getMessage(), e);
    }
  }

  /** SHA-256 over the previous hash and the row's canonical content (every column but the hashes). */
  static String hash(String prevHash, long seq, Instant at, String kind, String subject, String content) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("seq", seq);
    row.put("at", Sql.time(at));
    row.put("kind", kind);
    row.put("subject", subject);
    row.put("content", content);
    return Checksums.sha256(prevHash + "\n" + canonical(row));
  }

  /**
   * Appends a row in the caller's transaction, which must already hold the head row (see
   * {@link JdbcCaseStore#lockHead}), so the chain is never forked by concurrent writers.
   */
  static AuditEntry append(Connection c, String kind, String subject, Map<String, Object> content)
      throws SQLException {
    long seq;
    String prev;
    try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      seq = rs.getLong(1) + 1;
      prev = rs.getString(2);
    }
    Instant at = Instant.now();
    String json = canonical(content);
    String hash = hash(prev, seq, at, kind, subject, json);
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO audit_log (seq, at, kind, subject, content, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, seq);
      ps.setString(2, Sql.time(at));
      ps.setString(3, kind);
      ps.setString(4, subject);
      ps.setString(5, json);
      ps.setString(6, prev);
      ps.setString(7, hash);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
      ps.setLong(1, seq);
      ps.setString(2, hash);
      ps.executeUpdate();
    }
    return new AuditEntry(seq, at, kind, subject, json, prev, hash);
  }

  /** Checks one row against its predecessor's hash; null when it fits, else what is wrong. */
  static String problem(AuditEntry e, long expectedSeq, String expectedPrev) {
    if (e.seq() != expectedSeq) return "row " + expectedSeq + " is missing (next row is " + e.seq() + ")";
    if (!e.prevHash().equals(expectedPrev)) return "row " + e.seq() + " does not link to the previous row's hash";
    String recomputed = hash(e.prevHash(), e.seq(), e.at(), e.kind(), e.subject(), e.content());
    if (!recomputed.equals(e.hash())) return "row " + e.seq() + " was altered: its content does not match its hash";
    return null;
  }
}
