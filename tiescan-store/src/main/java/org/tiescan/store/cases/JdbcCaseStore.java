package org.tiescan.store.cases;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.tiescan.store.Sql;
import org.tiescan.store.StoreException;
import org.tiescan.store.runs.ScreeningRuns.ConnectionSource;

/**
 * The case store over JDBC, in portable SQL, for both engines. Every write transaction first updates
 * the audit head row: that one write lock serialises writers on SQLite (no failed lock upgrade) and
 * on PostgreSQL (row lock), so the audit chain never forks and version checks are exact.
 */
final class JdbcCaseStore implements CaseStore {
  private static final String HIT_COLUMNS = "h.id, h.counterparty_id, c.external_id, h.entity_id, h.caption,"
      + " h.entity_hash, h.entity_json, h.matched_names, h.score, h.run_id, h.status, h.reason, h.reviewer,"
      + " h.decided_at, h.change_note, h.version";
  private static final String HIT_FROM = " FROM hits h JOIN counterparties c ON c.id = h.counterparty_id";
  private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};

  private final ConnectionSource db;
  private final Runnable onClose;

  JdbcCaseStore(ConnectionSource db, Runnable onClose) {
    this.db = db;
    this.onClose = onClose;
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T write(String what, Work<T> work) {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        lockHead(c);
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        Sql.rollbackQuietly(c);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("case store: cannot " + what + ": " + e.getMessage(), e);
    }
  }

  private <T> T read(String what, Work<T> work) {
    try (Connection c = db.connect()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("case store: cannot " + what + ": " + e.getMessage(), e);
    }
  }

  static void lockHead(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE audit_head SET seq = seq WHERE id = 1")) {
      ps.executeUpdate();
    }
  }

  @Override
  public Counterparty register(String externalId, Map<String, String> fields, String mappingJson) {
    if (externalId == null || externalId.isBlank()) throw new IllegalArgumentException("a counterparty needs an id");
    return write("register " + externalId, c -> register(c, externalId, fields, mappingJson));
  }

  private static Counterparty register(Connection c, String externalId, Map<String, String> fields, String mappingJson)
      throws SQLException {
    String json = AuditChain.canonical(fields);
    String now = Sql.time(Instant.now());
    Optional<Counterparty> old = counterparty(c, externalId);
    if (old.isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO counterparties (external_id, fields_json,"
          + " mapping_json, added_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
        ps.setString(1, externalId);
        ps.setString(2, json);
        ps.setString(3, mappingJson);
        ps.setString(4, now);
        ps.setString(5, now);
        ps.executeUpdate();
      }
    } else if (!old.get().fields().equals(fields) || !old.get().mappingJson().equals(mappingJson)) {
      try (PreparedStatement ps = c.prepareStatement("UPDATE counterparties SET fields_json = ?, mapping_json = ?,"
          + " updated_at = ? WHERE id = ?")) {
        ps.setString(1, json);
        ps.setString(2, mappingJson);
        ps.setString(3, now);
        ps.setLong(4, old.get().id());
        ps.executeUpdate();
      }
    } else {
      return old.get();
    }
    return counterparty(c, externalId).orElseThrow();
  }

  @Override
  public List<Counterparty> counterparties() {
    return read("list the register", c -> queryCounterparties(c, "ORDER BY id", null));
  }

  @Override
  public Optional<Counterparty> counterparty(String externalId) {
    return read("read counterparty " + externalId, c -> counterparty(c, externalId));
  }

  private static Optional<Counterparty> counterparty(Connection c, String externalId) throws SQLException {
    return queryCounterparties(c, "WHERE external_id = ?", externalId).stream().findFirst();
  }

  private static List<Counterparty> queryCounterparties(Connection c, String where, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, external_id, fields_json, mapping_json FROM counterparties " + where)) {
      if (arg != null) ps.setString(1, arg);
      List<Counterparty> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Counterparty(rs.getLong(1), rs.getString(2),
              AuditChain.CANONICAL.readValue(rs.getString(3), FIELDS), rs.getString(4)));
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new StoreException("case store: unreadable counterparty fields: " + e.getMessage(), e);
      }
      return out;
    }
  }

  @Override
  public Observation observe(long counterpartyId, Evidence now, Long runId, ChangeDescriber changes) {
    return write("record hit " + now.entityId(), c -> observe(c, counterpartyId, now, runId, changes));
  }

  @Override
  public List<Observation> observeAll(List<Sighting> sightings, Long runId, ChangeDescriber changes) {
    if (sightings.isEmpty()) return List.of();
    for (Sighting s : sightings) {
      if (s.externalId() == null || s.externalId().isBlank()) throw new IllegalArgumentException("a counterparty needs an id");
    }
    return write("record " + sightings.size() + " hits", c -> {
      List<Observation> out = new ArrayList<>(sightings.size());
      for (Sighting s : sightings) {
        Counterparty party = register(c, s.externalId(), s.fields(), s.mappingJson());
        out.add(observe(c, party.id(), s.evidence(), runId, changes));
      }
      return out;
    });
  }

  private Observation observe(Connection c, long counterpartyId, Evidence now, Long runId, ChangeDescriber changes)
      throws SQLException {
    Optional<Hit> known = findHit(c, "h.counterparty_id = ? AND h.entity_id = ?", counterpartyId, now.entityId());
    if (known.isEmpty()) {
      insertHit(c, counterpartyId, now, runId);
      Hit hit = findHit(c, "h.counterparty_id = ? AND h.entity_id = ?", counterpartyId, now.entityId()).orElseThrow();
      history(c, hit);
      return new Observation(Observation.Kind.NEW, hit);
    }
    Hit hit = known.get();
    if (hit.evidence().sameGroundsAs(now)) {
      updateSighting(c, hit.id(), now.score(), runId);
      return new Observation(Observation.Kind.UNCHANGED, hit(c, hit.id()));
    }
    String note = changes.describe(hit.evidence(), now);
    reopen(c, hit, now, runId, note);
    Hit reopened = hit(c, hit.id());
    history(c, reopened);
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("hit", hit.id());
    content.put("previous_status", hit.status().sql());
    content.put("change", note);
    AuditChain.append(c, "hit-reopened", hit.externalId() + " / " + hit.evidence().entityId(), content);
    return new Observation(hit.status() == HitStatus.PENDING ? Observation.Kind.UNCHANGED : Observation.Kind.REOPENED,
        reopened);
  }

  private static void insertHit(Connection c, long counterpartyId, Evidence e, Long runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO hits (counterparty_id, entity_id, caption, entity_hash,"
        + " matched_names, entity_json, score, run_id, status, version, first_seen)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 1, ?)")) {
      ps.setLong(1, counterpartyId);
      ps.setString(2, e.entityId());
      ps.setString(3, e.caption());
      ps.setString(4, e.entityHash());
      ps.setString(5, AuditChain.canonical(e.matchedNames()));
      ps.setString(6, e.entityJson());
      ps.setDouble(7, e.score());
      setLong(ps, 8, runId);
      ps.setString(9, Sql.time(Instant.now()));
      ps.executeUpdate();
    }
  }

  private static void updateSighting(Connection c, long hitId, double score, Long runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE hits SET score = ?, run_id = ? WHERE id = ?")) {
      ps.setDouble(1, score);
      setLong(ps, 2, runId);
      ps.setLong(3, hitId);
      ps.executeUpdate();
    }
  }

  private static void reopen(Connection c, Hit hit, Evidence e, Long runId, String note) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE hits SET caption = ?, entity_hash = ?, matched_names = ?,"
        + " entity_json = ?, score = ?, run_id = ?, status = 'pending', reason = ?, reviewer = 'tiescan',"
        + " decided_at = ?, change_note = ?, version = version + 1 WHERE id = ?")) {
      ps.setString(1, e.caption());
      ps.setString(2, e.entityHash());
      ps.setString(3, AuditChain.canonical(e.matchedNames()));
      ps.setString(4, e.entityJson());
      ps.setDouble(5, e.score());
      setLong(ps, 6, runId);
      ps.setString(7, "reopened: the evidence of the " + hit.status().sql() + " decision changed");
      ps.setString(8, Sql.time(Instant.now()));
      ps.setString(9, note);
      ps.setLong(10, hit.id());
      ps.executeUpdate();
    }
  }

  @Override
  public Hit decide(Decision d) {
    return write("decide on hit " + d.hitId(), c -> apply(c, d, "decision"));
  }

  private Hit apply(Connection c, Decision d, String kind) throws SQLException {
    Hit before = hit(c, d.hitId());
    long expected = d.expectedVersion() == null ? before.version() : d.expectedVersion();
    try (PreparedStatement ps = c.prepareStatement("UPDATE hits SET status = ?, reason = ?, reviewer = ?,"
        + " decided_at = ?, change_note = NULL, version = version + 1 WHERE id = ? AND version = ?")) {
      ps.setString(1, d.status().sql());
      ps.setString(2, d.reason());
      ps.setString(3, d.reviewer());
      ps.setString(4, Sql.time(Instant.now()));
      ps.setLong(5, d.hitId());
      ps.setLong(6, expected);
      if (ps.executeUpdate() == 0) throw new DecisionConflictException(expected, before);
    }
    Hit after = hit(c, d.hitId());
    history(c, after);
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("hit", after.id());
    content.put("version", after.version());
    content.put("from", before.status().sql());
    content.put("to", after.status().sql());
    content.put("reason", after.reason());
    content.put("reviewer", after.reviewer());
    content.put("entity_hash", after.evidence().entityHash());
    AuditChain.append(c, kind, after.externalId() + " / " + after.evidence().entityId(), content);
    return after;
  }

  @Override
  public Hit undo(long hitId, String reviewer, Long expectedVersion) {
    return write("undo the last decision on hit " + hitId, c -> {
      Hit current = hit(c, hitId);
      String[] previous = previousState(c, hitId, current.version());
      String reason = "undo of version " + current.version() + (previous[1] == null ? "" : ": " + previous[1]);
      return apply(c, new Decision(hitId, HitStatus.parse(previous[0]), reason, reviewer, expectedVersion), "undo");
    });
  }

  /** Status and reason of the version before {@code version}. */
  private static String[] previousState(Connection c, long hitId, long version) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT status, reason FROM decisions WHERE hit_id = ? AND version = ?")) {
      ps.setLong(1, hitId);
      ps.setLong(2, version - 1);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) throw new StoreException("hit " + hitId + " has no earlier decision to undo");
        return new String[] {rs.getString(1), rs.getString(2)};
      }
    }
  }

  private static void history(Connection c, Hit h) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO decisions (hit_id, version, status, reason, reviewer,"
        + " decided_at, entity_hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, h.id());
      ps.setLong(2, h.version());
      ps.setString(3, h.status().sql());
      ps.setString(4, h.reason());
      ps.setString(5, h.reviewer());
      ps.setString(6, Sql.time(h.decidedAt() == null ? Instant.now() : h.decidedAt()));
      ps.setString(7, h.evidence().entityHash());
      ps.executeUpdate();
    }
  }

  @Override
  public Optional<Hit> hit(long hitId) {
    return read("read hit " + hitId, c -> findHit(c, "h.id = ?", hitId));
  }

  private static Hit hit(Connection c, long hitId) throws SQLException {
    return findHit(c, "h.id = ?", hitId).orElseThrow(() -> new StoreException("no hit " + hitId + " in the case store"));
  }

  @Override
  public List<Hit> pending(Long runId) {
    String where = "h.status = 'pending'" + (runId == null ? "" : " AND h.run_id = ?");
    return read("list pending hits", c -> runId == null ? queryHits(c, where) : queryHits(c, where, runId));
  }

  @Override
  public List<Hit> hits() {
    return read("list hits", c -> queryHits(c, "1 = 1"));
  }

  private static Optional<Hit> findHit(Connection c, String where, Object... args) throws SQLException {
    return queryHits(c, where, args).stream().findFirst();
  }

  private static List<Hit> queryHits(Connection c, String where, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + HIT_COLUMNS + HIT_FROM + " WHERE " + where
        + " ORDER BY h.id")) {
      for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
      List<Hit> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(hit(rs));
      }
      return out;
    }
  }

  private static Hit hit(ResultSet rs) throws SQLException {
    List<String> names;
    try {
      names = AuditChain.CANONICAL.readValue(rs.getString("matched_names"), NAMES);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new StoreException("case store: unreadable matched names of hit " + rs.getLong("id"), e);
    }
    Evidence ev = new Evidence(rs.getString("entity_id"), rs.getString("caption"), rs.getString("entity_hash"),
        rs.getString("entity_json"), names, rs.getDouble("score"));
    return new Hit(rs.getLong("id"), rs.getLong("counterparty_id"), rs.getString("external_id"), ev,
        Sql.nullableLong(rs, "run_id"), HitStatus.parse(rs.getString("status")), rs.getString("reason"),
        rs.getString("reviewer"), Sql.time(rs.getString("decided_at")), rs.getString("change_note"),
        rs.getLong("version"));
  }

  @Override
  public AuditEntry audit(String kind, String subject, Map<String, Object> content) {
    return write("append to the audit log", c -> AuditChain.append(c, kind, subject, content));
  }

  @Override
  public void auditLog(Consumer<AuditEntry> consumer) {
    read("read the audit log", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT seq, at, kind, subject, content, prev_hash, hash FROM audit_log ORDER BY seq")) {
        ps.setFetchSize(500);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            consumer.accept(new AuditEntry(rs.getLong(1), Sql.time(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
          }
        }
      }
      return null;
    });
  }

  @Override
  public AuditVerification verifyAudit() {
    long[] count = {0};
    String[] prev = {AuditVerificationState.GENESIS};
    AuditVerification[] broken = {null};
    auditLog(e -> {
      if (broken[0] != null) return;
      count[0]++;
      String problem = AuditChain.problem(e, count[0], prev[0]);
      if (problem != null) broken[0] = new AuditVerification(count[0], e.seq(), problem);
      prev[0] = e.hash();
    });
    if (broken[0] != null) return broken[0];
    String[] head = read("read the audit head", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new String[] {Long.toString(rs.getLong(1)), rs.getString(2)};
      }
    });
    if (Long.parseLong(head[0]) != count[0] || !head[1].equals(prev[0])) {
      return new AuditVerification(count[0], count[0] + 1,
          "the log ends at row " + count[0] + " but its head says " + head[0] + ": rows were removed");
    }
    return new AuditVerification(count[0], 0, null);
  }

  @Override
  public void logDelivery(String url, int attempt, Integer httpStatus, String error, boolean delivered,
      String payloadSha256) {
    write("log a webhook delivery", c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO webhook_deliveries (url, attempt, at, http_status,"
          + " error, delivered, payload_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, url);
        ps.setLong(2, attempt);
        ps.setString(3, Sql.time(Instant.now()));
        if (httpStatus == null) ps.setNull(4, Types.BIGINT); else ps.setLong(4, httpStatus);
        ps.setString(5, error);
        ps.setBoolean(6, delivered);
        ps.setString(7, payloadSha256);
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public long[] deliveryCounts() {
    return read("count webhook deliveries", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT count(*), sum(CASE WHEN delivered THEN 1 ELSE 0 END) FROM webhook_deliveries");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2)};
      }
    });
  }

  private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) ps.setNull(i, Types.BIGINT); else ps.setLong(i, v);
  }

  @Override
  public void close() {
    onClose.run();
  }

  /** The hash the first row links to. */
  static final class AuditVerificationState {
    static final String GENESIS = "0".repeat(64);

    private AuditVerificationState() {}
  }
}
