package org.tiescan.store.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.tiescan.store.Sql;
import org.tiescan.store.StoreException;

/**
 * Records screening runs: start one, append its results in batches (each batch one transaction, so a
 * killed run keeps every batch it committed), then finish or fail it; read runs and results back.
 */
public final class ScreeningRuns {
  /** Opens a connection to the store; {@code DataDirectory::connect} for the embedded store. */
  @FunctionalInterface
  public interface ConnectionSource {
    Connection connect() throws SQLException;
  }

  private static final String RUN_COLUMNS = "id, started_at, finished_at, input_path, input_sha256,"
      + " options_json, index_build_id, record_count, hit_count, problem_count, status, message, owner";

  private final ConnectionSource db;

  public ScreeningRuns(ConnectionSource db) {
    this.db = db;
  }

  /** Records a new run as running and returns its id. */
  public long start(RunStart start) {
    String sql = "INSERT INTO screening_runs (started_at, input_path, input_sha256, options_json,"
        + " index_build_id, owner, status) VALUES (?, ?, ?, ?, ?, ?, 'running') RETURNING id";
    try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, Sql.time(Instant.now()));
      ps.setString(2, start.inputPath());
      ps.setString(3, start.inputSha256());
      ps.setString(4, start.optionsJson());
      if (start.indexBuildId() == null) ps.setNull(5, Types.BIGINT); else ps.setLong(5, start.indexBuildId());
      ps.setString(6, RunOwner.CURRENT.toString());
      return Sql.insertReturningId(ps);
    } catch (SQLException e) {
      throw failure("start a screening run", e);
    }
  }

  /** Appends results to a running run in one transaction. */
  public void append(long runId, Collection<RunResult> results) {
    if (results.isEmpty()) return;
    try (Appender a = appender(runId)) {
      a.append(results);
    }
  }

  /**
   * An appender for one run's results that holds one connection until closed, each {@link Appender#append}
   * one transaction. A connection a batch meant 250 opened and closed for 126,000 results, and closing the
   * embedded store's last connection checkpoints its log: that was most of the time of the thread that
   * writes a screening's reports, 50,000 names against a million entities (docs/benchmarks.md, wave 17).
   */
  public Appender appender(long runId) {
    try {
      return new Appender(db.connect(), runId);
    } catch (SQLException e) {
      throw failure("store results of run " + runId, e);
    }
  }

  /** Appends the results of one run through one connection; close it when the run ends. */
  public static final class Appender implements AutoCloseable {
    private static final String SQL = "INSERT INTO run_results (run_id, record_no, entity_id, entity_hash, input_json,"
        + " score, is_match, explanation_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private final Connection c;
    private final long runId;

    private Appender(Connection c, long runId) throws SQLException {
      this.c = c;
      this.runId = runId;
      try {
        c.setAutoCommit(false);
      } catch (SQLException e) {
        c.close();
        throw e;
      }
    }

    /** Appends results to the run in one transaction; the run must still be running. */
    public void append(Collection<RunResult> results) {
      if (results.isEmpty()) return;
      try (PreparedStatement ps = c.prepareStatement(SQL)) {
        requireRunning(c, runId);
        for (RunResult r : results) {
          bind(ps, runId, r);
          ps.addBatch();
        }
        ps.executeBatch();
        c.commit();
      } catch (SQLException | RuntimeException e) {
        Sql.rollbackQuietly(c);
        if (e instanceof SQLException sql) throw failure("store results of run " + runId, sql);
        throw (RuntimeException) e;
      }
    }

    @Override
    public void close() {
      try {
        c.close();
      } catch (SQLException e) {
        throw failure("close the results of run " + runId, e);
      }
    }
  }

  /** Marks a run finished with its totals. */
  public void finish(long runId, long recordCount, long hitCount, long problemCount) {
    end(runId, RunStatus.FINISHED, recordCount, hitCount, problemCount, null);
  }

  /** Marks a run failed; results appended so far are kept. */
  public void fail(long runId, String message) {
    end(runId, RunStatus.FAILED, null, null, null, message);
  }

  /**
   * Marks failed every run still 'running' whose process, on this host, is gone (killed or crashed),
   * so that a run never stays 'running' forever. Returns how many were marked.
   */
  public int failAbandoned() {
    int failed = 0;
    for (ScreeningRun run : queryRuns("SELECT " + RUN_COLUMNS + " FROM screening_runs WHERE status = 'running'")) {
      RunOwner owner = RunOwner.parse(run.owner());
      if (owner != null && owner.isDeadOnThisHost()) {
        end(run.id(), RunStatus.FAILED, null, null, null, "interrupted: process " + owner + " ended without finishing the run");
        failed++;
      }
    }
    return failed;
  }

  public Optional<ScreeningRun> run(long id) {
    List<ScreeningRun> runs = queryRuns("SELECT " + RUN_COLUMNS + " FROM screening_runs WHERE id = " + id);
    return runs.stream().findFirst();
  }

  /** Every run, newest first. */
  public List<ScreeningRun> list() {
    return queryRuns("SELECT " + RUN_COLUMNS + " FROM screening_runs ORDER BY id DESC");
  }

  /** What {@link #delete} removed. */
  public record Deleted(List<Long> runs, long results) {}

  /**
   * Deletes the runs and their results in one transaction (all or none); a run still running is left
   * alone. Hits a monitor or review recorded keep the run id they came from, which then names no run.
   */
  public Deleted delete(Collection<Long> runIds) {
    List<Long> deleted = new ArrayList<>();
    long results = 0;
    String dropResults = "DELETE FROM run_results WHERE run_id = ?"
        + " AND run_id IN (SELECT id FROM screening_runs WHERE status <> 'running')";
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement res = c.prepareStatement(dropResults);
           PreparedStatement run = c.prepareStatement("DELETE FROM screening_runs WHERE id = ? AND status <> 'running'")) {
        for (long id : runIds) {
          // results first (a write, as SQLite wants a transaction to begin), then the run they belong to
          res.setLong(1, id);
          long n = res.executeUpdate();
          run.setLong(1, id);
          if (run.executeUpdate() == 1) {
            deleted.add(id);
            results += n;
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failure("delete screening runs " + runIds, e);
    }
    return new Deleted(List.copyOf(deleted), results);
  }

  /** Streams a run's results in record order, best score first within a record. */
  public void results(long runId, Consumer<RunResult> consumer) {
    String sql = "SELECT record_no, entity_id, entity_hash, input_json, score, is_match, explanation_json"
        + " FROM run_results WHERE run_id = ? ORDER BY record_no, score DESC, entity_id";
    try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, runId);
      ps.setFetchSize(500);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          consumer.accept(new RunResult(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getDouble(5), rs.getBoolean(6), rs.getString(7)));
        }
      }
    } catch (SQLException e) {
      throw failure("read results of run " + runId, e);
    }
  }

  /** A run's results as a list; for small runs and tests, use the streaming form otherwise. */
  public List<RunResult> results(long runId) {
    List<RunResult> out = new ArrayList<>();
    results(runId, out::add);
    return out;
  }

  private static void bind(PreparedStatement ps, long runId, RunResult r) throws SQLException {
    ps.setLong(1, runId);
    ps.setLong(2, r.recordNo());
    ps.setString(3, r.entityId());
    ps.setString(4, r.entityHash());
    ps.setString(5, r.inputJson());
    ps.setDouble(6, r.score());
    ps.setBoolean(7, r.match());
    ps.setString(8, r.explanationJson());
  }

  private static void requireRunning(Connection c, long runId) throws SQLException {
    // A write first: on SQLite a transaction that reads first cannot wait for the write lock later
    // (SQLITE_BUSY at once when another writer, e.g. a reviewer's decision, committed meanwhile).
    try (PreparedStatement lock = c.prepareStatement("UPDATE screening_runs SET status = status WHERE id = ?")) {
      lock.setLong(1, runId);
      lock.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT status FROM screening_runs WHERE id = ?")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) throw new StoreException("no screening run " + runId);
        if (!rs.getString(1).equals(RunStatus.RUNNING.sql())) {
          throw new StoreException("screening run " + runId + " is " + rs.getString(1) + ", not running");
        }
      }
    }
  }

  private void end(long runId, RunStatus status, Long records, Long hits, Long problems, String message) {
    String sql = "UPDATE screening_runs SET status = ?, finished_at = ?,"
        + " record_count = COALESCE(?, record_count), hit_count = COALESCE(?, hit_count),"
        + " problem_count = COALESCE(?, problem_count), message = ? WHERE id = ? AND status = 'running'";
    try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, status.sql());
      ps.setString(2, Sql.time(Instant.now()));
      setLong(ps, 3, records);
      setLong(ps, 4, hits);
      setLong(ps, 5, problems);
      ps.setString(6, message);
      ps.setLong(7, runId);
      if (ps.executeUpdate() != 1) throw new StoreException("screening run " + runId + " is not running");
    } catch (SQLException e) {
      throw failure("end run " + runId, e);
    }
  }

  private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) ps.setNull(i, Types.BIGINT); else ps.setLong(i, v);
  }

  private List<ScreeningRun> queryRuns(String sql) {
    List<ScreeningRun> out = new ArrayList<>();
    try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new ScreeningRun(rs.getLong("id"), Sql.time(rs.getString("started_at")),
            Sql.time(rs.getString("finished_at")), rs.getString("input_path"), rs.getString("input_sha256"),
            rs.getString("options_json"), Sql.nullableLong(rs, "index_build_id"), rs.getLong("record_count"),
            rs.getLong("hit_count"), rs.getLong("problem_count"), RunStatus.fromSql(rs.getString("status")),
            rs.getString("message"), rs.getString("owner")));
      }
      return out;
    } catch (SQLException e) {
      throw failure("read screening runs", e);
    }
  }

  private static StoreException failure(String what, SQLException e) {
    return new StoreException("cannot " + what + ": " + e.getMessage(), e);
  }
}
