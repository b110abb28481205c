package org.tiescan.store.diff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.ListVersion;
import org.tiescan.store.StoreException;
import org.tiescan.store.VersionStatus;

/**
 * Diffs two versions of a dataset in the database: ids only in the newer version are added, ids only
 * in the older are removed, ids in both with a different content hash are changed (then compared
 * field by field). Entity ids are stable across versions, which is what makes this meaningful.
 */
public final class VersionDiffer {
  private final DataDirectory data;

  public VersionDiffer(DataDirectory data) {
    this.data = data;
  }

  /** Diff from version {@code fromId} to version {@code toId}; both must belong to the same dataset. */
  public VersionDiff diff(long fromId, long toId) {
    ListVersion from = version(fromId);
    ListVersion to = version(toId);
    if (!from.dataset().equals(to.dataset())) {
      throw new IllegalArgumentException("versions " + fromId + " (" + from.dataset() + ") and " + toId
          + " (" + to.dataset() + ") belong to different datasets");
    }
    try (Connection c = data.connect()) {
      return new VersionDiff(from.dataset(), fromId, toId, onlyIn(c, toId, fromId), onlyIn(c, fromId, toId),
          changed(c, fromId, toId));
    } catch (SQLException e) {
      throw new StoreException("cannot diff versions " + fromId + " and " + toId + ": " + e.getMessage(), e);
    }
  }

  /** Diff from the version before the current one to the current one; empty if there is none. */
  public Optional<VersionDiff> latest(String dataset) {
    List<ListVersion> versions = data.catalog().versions(dataset);
    if (versions.size() < 2 || versions.get(0).status() != VersionStatus.CURRENT) {
      return Optional.empty();
    }
    return Optional.of(diff(versions.get(1).id(), versions.get(0).id()));
  }

  /**
   * Diff from the version that was current at {@code since} (the last one imported at or before it)
   * to the current one; empty when the dataset had no version then or has none now.
   */
  public Optional<VersionDiff> since(String dataset, Instant since) {
    List<ListVersion> versions = data.catalog().versions(dataset);
    Optional<ListVersion> current = data.catalog().currentVersion(dataset);
    Optional<ListVersion> then = versions.stream().filter(v -> !v.importedAt().isAfter(since)).findFirst();
    if (current.isEmpty() || then.isEmpty()) return Optional.empty();
    return Optional.of(diff(then.get().id(), current.get().id()));
  }

  private ListVersion version(long id) {
    return data.catalog().version(id)
        .orElseThrow(() -> new IllegalArgumentException("no list version " + id));
  }

  private static List<EntityRef> onlyIn(Connection c, long in, long notIn) throws SQLException {
    String sql = "SELECT a.entity_id, a.schema_name, a.caption FROM entities a WHERE a.version_id = ?"
        + " AND NOT EXISTS (SELECT 1 FROM entities b WHERE b.version_id = ? AND b.entity_id = a.entity_id)"
        + " ORDER BY a.entity_id";
    List<EntityRef> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, in);
      ps.setLong(2, notIn);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(new EntityRef(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
    }
    return out;
  }

  private static List<EntityChange> changed(Connection c, long fromId, long toId) throws SQLException {
    String sql = "SELECT a.json, b.json FROM entities a JOIN entities b ON b.entity_id = a.entity_id"
        + " WHERE a.version_id = ? AND b.version_id = ? AND a.content_hash <> b.content_hash"
        + " ORDER BY a.entity_id";
    List<EntityChange> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, fromId);
      ps.setLong(2, toId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Entity before = EntityJson.fromLine(rs.getString(1));
          Entity after = EntityJson.fromLine(rs.getString(2));
          List<FieldChange> changes = EntityComparison.changes(before, after);
          // a different hash with no field change means only value order moved: not a change
          if (!changes.isEmpty()) {
            out.add(new EntityChange(new EntityRef(after.id(), after.schema(), after.caption()), changes));
          }
        }
      }
    }
    return out;
  }
}
