package org.tiescan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.model.RecordProblem;

/** Reads what is stored: current entities, list status, version history, import problems. */
public final class ListCatalog {
  private static final String VERSION_COLUMNS = "id, dataset, snapshot_date, imported_at, source_location,"
      + " sha256, record_count, problem_count, status";

  private final DataDirectory data;

  ListCatalog(DataDirectory data) {
    this.data = data;
  }

  /** Every entity of every dataset's current version, ordered by version then id. Close the cursor. */
  public EntityCursor currentEntities() {
    return cursor("SELECT e.json FROM entities e JOIN list_versions v ON v.id = e.version_id"
        + " WHERE v.status = 'current' ORDER BY e.version_id, e.entity_id");
  }

  /** The entities of one version (current or not), ordered by id. Close the cursor. */
  public EntityCursor entities(long versionId) {
    return cursor("SELECT json FROM entities WHERE version_id = " + versionId + " ORDER BY entity_id");
  }

  /**
   * The entity with this id in a current version. Ids are unique per dataset; should two datasets
   * share one, the dataset first in name order wins.
   */
  public Optional<Entity> entity(String id) {
    String sql = "SELECT e.json FROM entities e JOIN list_versions v ON v.id = e.version_id"
        + " WHERE e.entity_id = ? AND v.status = 'current' ORDER BY v.dataset";
    try (Connection c = data.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(EntityJson.fromLine(rs.getString(1))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("entity " + id, e);
    }
  }

  /** One row per dataset with a current version, for {@code tiescan lists}; ages counted to today (UTC). */
  public List<ListStatus> status() {
    return status(LocalDate.now(ZoneOffset.UTC));
  }

  /** As {@link #status()}, with ages counted to {@code today}. */
  public List<ListStatus> status(LocalDate today) {
    String sql = "SELECT v.id, v.dataset, v.snapshot_date, v.imported_at, v.source_location, v.sha256,"
        + " v.record_count, v.problem_count, d.title, d.publisher FROM list_versions v"
        + " JOIN datasets d ON d.name = v.dataset WHERE v.status = 'current' ORDER BY v.dataset";
    List<ListStatus> out = new ArrayList<>();
    try (Connection c = data.connect(); PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Instant imported = Sql.time(rs.getString("imported_at"));
        String snapshot = rs.getString("snapshot_date");
        out.add(new ListStatus(rs.getString("dataset"), rs.getString("title"), rs.getString("publisher"),
            snapshot, imported, rs.getLong("record_count"), rs.getLong("problem_count"),
            rs.getString("source_location"), rs.getLong("id"), rs.getString("sha256"),
            ageDays(snapshot, imported, today)));
      }
      return out;
    } catch (SQLException e) {
      throw failure("list status", e);
    }
  }

  /** All versions of a dataset (not staging), newest first. */
  public List<ListVersion> versions(String dataset) {
    return queryVersions("SELECT " + VERSION_COLUMNS + " FROM list_versions WHERE dataset = ?"
        + " AND status <> 'staging' ORDER BY id DESC", dataset);
  }

  public Optional<ListVersion> currentVersion(String dataset) {
    return queryVersions("SELECT " + VERSION_COLUMNS + " FROM list_versions WHERE dataset = ?"
        + " AND status = 'current'", dataset).stream().findFirst();
  }

  public Optional<ListVersion> version(long id) {
    return queryVersions("SELECT " + VERSION_COLUMNS + " FROM list_versions WHERE id = ?", id)
        .stream().findFirst();
  }

  /** The current version of every dataset. */
  public List<ListVersion> currentVersions() {
    return queryVersions("SELECT " + VERSION_COLUMNS + " FROM list_versions WHERE status = 'current'"
        + " ORDER BY dataset");
  }

  /** The problems stored for a version (at most {@value StagingSink#STORED_PROBLEMS}), in order. */
  public List<RecordProblem> problems(long versionId) {
    String sql = "SELECT file, line, field, message FROM import_problems WHERE version_id = ?"
        + " ORDER BY problem_no";
    List<RecordProblem> out = new ArrayList<>();
    try (Connection c = data.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, versionId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new RecordProblem(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("problems of version " + versionId, e);
    }
  }

  /**
   * Days from the snapshot date to {@code today}. A partial date ("2022-05", "2021") counts from the
   * start of that month or year, so the age shown is never younger than the data. Without a usable
   * snapshot date, counts from the import.
   */
  static long ageDays(String snapshotDate, Instant importedAt, LocalDate today) {
    LocalDate from = snapshotStart(snapshotDate);
    if (from == null) from = importedAt == null ? today : LocalDate.ofInstant(importedAt, ZoneOffset.UTC);
    return Math.max(0, ChronoUnit.DAYS.between(from, today));
  }

  private static LocalDate snapshotStart(String date) {
    if (date == null) return null;
    String d = date.strip();
    String full = d.length() == 4 ? d + "-01-01" : d.length() == 7 ? d + "-01" : d.length() > 10 ? d.substring(0, 10) : d;
    try {
      return LocalDate.parse(full);
    } catch (DateTimeParseException notIso) {
      return null;
    }
  }

  private EntityCursor cursor(String sql) {
    Connection c = null;
    try {
      c = data.connect();
      return new EntityCursor(c, c.prepareStatement(sql));
    } catch (SQLException e) {
      try {
        if (c != null) c.close();
      } catch (SQLException ignored) {
        // report the first failure
      }
      throw failure("entities", e);
    }
  }

  private List<ListVersion> queryVersions(String sql, Object... params) {
    List<ListVersion> out = new ArrayList<>();
    try (Connection c = data.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(version(rs));
      }
      return out;
    } catch (SQLException e) {
      throw failure("list versions", e);
    }
  }

  static ListVersion version(ResultSet rs) throws SQLException {
    return new ListVersion(rs.getLong("id"), rs.getString("dataset"), rs.getString("snapshot_date"),
        Sql.time(rs.getString("imported_at")), rs.getString("source_location"), rs.getString("sha256"),
        rs.getLong("record_count"), rs.getLong("problem_count"), VersionStatus.fromSql(rs.getString("status")));
  }

  private static StoreException failure(String what, SQLException e) {
    return new StoreException("cannot read " + what + " from the store: " + e.getMessage(), e);
  }
}
