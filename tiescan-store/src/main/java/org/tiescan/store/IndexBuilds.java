package org.tiescan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds and tracks the derived index in {@code indexes/<build-id>/}. A build is written to
 * {@code indexes/<id>.tmp}, forced to disk, renamed into place, and only then recorded as current in
 * one transaction; so a failed or killed build never replaces a working index.
 */
public final class IndexBuilds {
  private final DataDirectory data;

  IndexBuilds(DataDirectory data) {
    this.data = data;
  }

  /**
   * Builds a new index from the current list versions with {@code builder} and makes it current.
   *
   * @throws ImportInProgressException when an import or another build is running
   * @throws IOException when the builder fails; the previous build stays current
   */
  public IndexBuild rebuild(IndexBuilder builder) throws IOException {
    WriterLock lock = data.lockForWriting("building the index");
    try {
      List<Long> versionIds = data.catalog().currentVersions().stream().map(ListVersion::id).toList();
      long id = startBuild(versionIds);
      publish(id, writeBuild(id, builder, versionIds));
      pruneOldBuilds();
      return build(id).orElseThrow();
    } finally {
      lock.close();
    }
  }

  /** Runs the builder into {@code indexes/<id>.tmp} and forces it to disk; returns the tmp dir. */
  private Path writeBuild(long id, IndexBuilder builder, List<Long> versionIds) throws IOException {
    Path tmp = data.indexesDir().resolve(id + ".tmp");
    try {
      DirectoryTrees.delete(tmp);
      Files.createDirectories(tmp);
      try (EntityCursor entities = entitiesOf(versionIds)) {
        builder.build(tmp, entities);
      }
      Files2.fsyncTree(tmp);
      return tmp;
    } catch (IOException | RuntimeException | Error e) {
      abandon(id, tmp, null, e);
      throw e;
    }
  }

  /** Renames the finished build into place, then records it as current in one transaction. */
  private void publish(long id, Path tmp) throws IOException {
    Path target = data.indexesDir().resolve(Long.toString(id));
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      Files2.fsync(data.indexesDir(), true);
      makeCurrent(id);
    } catch (IOException | RuntimeException | Error e) {
      abandon(id, tmp, target, e);
      throw e;
    }
  }

  /** The index build in use, if any. */
  public Optional<IndexBuild> current() {
    return builds("b.status = 'current'").stream().findFirst();
  }

  /** True when a current build exists and was made from exactly the current list versions. */
  public boolean isCurrentUpToDate() {
    Optional<IndexBuild> build = current();
    if (build.isEmpty()) return false;
    List<Long> now = data.catalog().currentVersions().stream().map(ListVersion::id).sorted().toList();
    return build.get().versionIds().stream().sorted().toList().equals(now);
  }

  public Optional<IndexBuild> build(long id) {
    return builds("b.id = " + id).stream().findFirst();
  }

  /** Every build, newest first. */
  public List<IndexBuild> all() {
    return builds("");
  }

  private EntityCursor entitiesOf(List<Long> versionIds) {
    if (versionIds.isEmpty()) return data.catalog().entities(-1);
    String in = versionIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    try {
      Connection c = data.connect();
      try {
        return new EntityCursor(c, c.prepareStatement("SELECT json FROM entities WHERE version_id IN ("
            + in + ") ORDER BY version_id, entity_id"));
      } catch (SQLException e) {
        c.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read entities for the index: " + e.getMessage(), e);
    }
  }

  private long startBuild(List<Long> versionIds) {
    try (Connection c = data.connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO index_builds (created_at, path, status)"
              + " VALUES (?, '', 'building') RETURNING id");
          PreparedStatement path = c.prepareStatement("UPDATE index_builds SET path = ? WHERE id = ?");
          PreparedStatement cover = c.prepareStatement(
              "INSERT INTO index_build_versions (build_id, version_id) VALUES (?, ?)")) {
        ps.setString(1, Sql.time(Instant.now()));
        long id = Sql.insertReturningId(ps);
        path.setString(1, DataDirectory.INDEXES_DIR + "/" + id);
        path.setLong(2, id);
        path.executeUpdate();
        for (long v : versionIds) {
          cover.setLong(1, id);
          cover.setLong(2, v);
          cover.executeUpdate();
        }
        c.commit();
        return id;
      } catch (SQLException e) {
        Sql.rollbackQuietly(c);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot record a new index build: " + e.getMessage(), e);
    }
  }

  private void makeCurrent(long id) {
    try (Connection c = data.connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement old = c.prepareStatement(
              "UPDATE index_builds SET status = 'superseded' WHERE status = 'current'");
          PreparedStatement now = c.prepareStatement("UPDATE index_builds SET status = 'current' WHERE id = ?")) {
        old.executeUpdate();
        now.setLong(1, id);
        now.executeUpdate();
        c.commit();
      } catch (SQLException e) {
        Sql.rollbackQuietly(c);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot make index build " + id + " current: " + e.getMessage(), e);
    }
  }

  private void abandon(long id, Path tmp, Path target, Throwable cause) {
    try {
      DirectoryTrees.delete(tmp);
      if (target != null) DirectoryTrees.delete(target);
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    }
    try (Connection c = data.connect();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE index_builds SET status = 'failed', message = ? WHERE id = ? AND status = 'building'")) {
      ps.setString(1, String.valueOf(cause.getMessage()));
      ps.setLong(2, id);
      ps.executeUpdate();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /**
   * Deletes the directories of failed builds and of superseded builds older than the previous one.
   * The previous build is kept because a process started before the rebuild may still be reading it.
   */
  private void pruneOldBuilds() {
    List<IndexBuild> superseded = builds("b.status = 'superseded'");
    List<IndexBuild> obsolete = new ArrayList<>(builds("b.status = 'failed'"));
    if (superseded.size() > 1) obsolete.addAll(superseded.subList(1, superseded.size()));
    for (IndexBuild b : obsolete) {
      try {
        DirectoryTrees.delete(b.path());
      } catch (IOException e) {
        // best effort: the new build is already current; the next rebuild tries again
      }
    }
  }

  /** Builds matching {@code condition} (SQL over alias {@code b}; empty for all), newest first. */
  private List<IndexBuild> builds(String condition) {
    String sql = "SELECT b.id, b.created_at, b.path, b.status, v.version_id FROM index_builds b"
        + " LEFT JOIN index_build_versions v ON v.build_id = b.id"
        + (condition.isEmpty() ? "" : " WHERE " + condition)
        + " ORDER BY b.id DESC, v.version_id";
    List<IndexBuild> out = new ArrayList<>();
    try (Connection c = data.connect(); PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      long currentId = -1;
      List<Long> versions = new ArrayList<>();
      String[] row = null;
      while (rs.next()) {
        long id = rs.getLong(1);
        if (id != currentId && row != null) {
          out.add(toBuild(currentId, row, versions));
          versions = new ArrayList<>();
        }
        currentId = id;
        row = new String[] {rs.getString(2), rs.getString(3), rs.getString(4)};
        Long v = Sql.nullableLong(rs, "version_id");
        if (v != null) versions.add(v);
      }
      if (row != null) out.add(toBuild(currentId, row, versions));
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read index builds: " + e.getMessage(), e);
    }
  }

  private IndexBuild toBuild(long id, String[] row, List<Long> versions) {
    return new IndexBuild(id, Sql.time(row[0]), data.root().resolve(row[1]), versions, row[2]);
  }
}
