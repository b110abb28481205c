package org.tiescan.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tiescan.model.Dataset;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.ListSource;

/**
 * Imports a list as a new version, atomically: entities are streamed into a {@code staging} version
 * (one transaction per {@value #COMMIT_EVERY} entities; readers never see staging rows); only when
 * the whole file was read and the result is plausible does one transaction make it {@code current}
 * and the previous one {@code superseded}. Any failure before
 * that leaves the previous version as it was; a killed import leaves a staging version that the
 * next {@link DataDirectory#open} removes.
 */
public final class ListImporter {
  /** How many problems an {@link ImportResult} carries for display; all are counted. */
  static final int PROBLEMS_IN_RESULT = 100;

  /** Entities per staging commit; one transaction for lists up to this size. */
  static final long COMMIT_EVERY = 50_000;

  private final DataDirectory data;
  private final long commitEvery;

  ListImporter(DataDirectory data) {
    this(data, COMMIT_EVERY);
  }

  /** With another commit interval; for tests of multi-commit imports. */
  ListImporter(DataDirectory data, long commitEvery) {
    this.data = data;
    this.commitEvery = commitEvery;
  }

  /** Imports with {@link ImportOptions#DEFAULT}. */
  public ImportResult importVersion(String datasetName, Dataset meta, ListSource source, Path location)
      throws IOException {
    return importVersion(datasetName, meta, source, location, ImportOptions.DEFAULT);
  }

  /**
   * Reads {@code location} with {@code source} into a new version of {@code datasetName}.
   *
   * @param meta title, publisher, snapshot date... of this copy; null to ask {@code source.dataset()}
   * @throws ImportInProgressException when another import holds the data directory
   * @throws ImplausibleUpdateException when the new version shrank too much (see {@link ImportOptions})
   * @throws IOException when the input cannot be read; the reader's own exceptions pass through
   */
  public ImportResult importVersion(
      String datasetName, Dataset meta, ListSource source, Path location, ImportOptions options)
      throws IOException {
    WriterLock lock = data.lockForWriting("importing " + datasetName + " from " + location);
    try {
      String sha256 = Checksums.sha256(location);
      Staged staged = stage(datasetName, meta, source, location, sha256);
      return publish(datasetName, staged, options);
    } finally {
      lock.close();
    }
  }

  /** Checks the staged version and makes it current, or deletes it. */
  private ImportResult publish(String datasetName, Staged staged, ImportOptions options) {
    try {
      Optional<ListVersion> previous = data.catalog().currentVersion(datasetName);
      checkPlausible(datasetName, previous, staged, options);
      makeCurrent(datasetName, staged.versionId());
      ListVersion version = data.catalog().version(staged.versionId()).orElseThrow();
      return new ImportResult(version, previous.map(ListVersion::id).orElse(null), staged.problems());
    } catch (RuntimeException e) {
      deleteVersion(staged.versionId());
      throw e;
    }
  }

  private record Staged(long versionId, long recordCount, List<RecordProblem> problems) {}

  private Staged stage(String datasetName, Dataset meta, ListSource source, Path location, String sha256)
      throws IOException {
    Connection c = null;
    long versionId = -1;
    try {
      c = data.connect();
      c.setAutoCommit(false);
      Dataset described = meta != null ? meta : source.dataset();
      upsertDataset(c, datasetName, described);
      versionId = insertStagingVersion(c, datasetName, described, location, sha256);
      try (StagingSink sink = new StagingSink(c, versionId, PROBLEMS_IN_RESULT, commitEvery)) {
        readInto(source, location, sink);
        sink.flush();
        if (meta == null) describeAfterReading(c, datasetName, versionId, source.dataset());
        updateCounts(c, versionId, sink.recordCount(), sink.problemCount());
        c.commit();
        return new Staged(versionId, sink.recordCount(), sink.firstProblems());
      }
    } catch (SQLException e) {
      discard(c, versionId);
      throw new StoreException("import of " + datasetName + " from " + location + " failed: "
          + e.getMessage(), e);
    } catch (IOException | RuntimeException | Error e) {
      discard(c, versionId);
      throw e;
    } finally {
      closeQuietly(c);
    }
  }

  /** Rolls back the open chunk and deletes what earlier chunks committed of the staging version. */
  private void discard(Connection c, long versionId) {
    Sql.rollbackQuietly(c);
    if (versionId >= 0) deleteVersion(versionId);
  }

  private static void upsertDataset(Connection c, String name, Dataset d) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO datasets"
        + " (name, title, publisher, source_url, licence) VALUES (?, ?, ?, ?, ?)"
        + " ON CONFLICT (name) DO UPDATE SET title = excluded.title, publisher = excluded.publisher,"
        + " source_url = excluded.source_url, licence = excluded.licence")) {
      ps.setString(1, name);
      ps.setString(2, d == null ? null : d.title());
      ps.setString(3, d == null ? null : d.publisher());
      ps.setString(4, d == null ? null : d.sourceUrl());
      ps.setString(5, d == null ? null : d.licence());
      ps.executeUpdate();
    }
  }

  private static long insertStagingVersion(Connection c, String dataset, Dataset d, Path location,
      String sha256) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO list_versions"
        + " (dataset, snapshot_date, imported_at, source_location, sha256, status)"
        + " VALUES (?, ?, ?, ?, ?, 'staging') RETURNING id")) {
      ps.setString(1, dataset);
      ps.setString(2, d == null ? null : d.snapshotDate());
      ps.setString(3, Sql.time(Instant.now()));
      ps.setString(4, location.toAbsolutePath().normalize().toString());
      ps.setString(5, sha256);
      return Sql.insertReturningId(ps);
    }
  }

  private static void readInto(ListSource source, Path location, StagingSink sink) throws IOException {
    PipelinedSink pipe = new PipelinedSink(sink);
    try {
      source.read(location, pipe);
      pipe.finish();
    } catch (IOException | RuntimeException | Error e) {
      pipe.abort();
      throw e;
    }
  }

  /** A reader may learn the copy's date from the file itself, so ask it again once it has read. */
  private static void describeAfterReading(Connection c, String datasetName, long versionId, Dataset d)
      throws SQLException {
    if (d == null) return;
    upsertDataset(c, datasetName, d);
    try (PreparedStatement ps = c.prepareStatement("UPDATE list_versions SET snapshot_date = ? WHERE id = ?")) {
      ps.setString(1, d.snapshotDate());
      ps.setLong(2, versionId);
      ps.executeUpdate();
    }
  }

  private static void updateCounts(Connection c, long versionId, long records, long problems)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE list_versions SET record_count = ?,"
        + " problem_count = ?, imported_at = ? WHERE id = ?")) {
      ps.setLong(1, records);
      ps.setLong(2, problems);
      ps.setString(3, Sql.time(Instant.now()));
      ps.setLong(4, versionId);
      ps.executeUpdate();
    }
  }

  private static void checkPlausible(String dataset, Optional<ListVersion> previous, Staged staged,
      ImportOptions options) {
    if (options.force()) return;
    long now = staged.recordCount();
    if (now == 0) {
      throw new ImplausibleUpdateException("refusing to import " + dataset
          + ": no entities were read (use --force to import an empty list)", previous.map(ListVersion::recordCount).orElse(0L), 0);
    }
    if (previous.isEmpty()) return;
    long before = previous.get().recordCount();
    if (now < before * options.minimumRatio()) {
      throw new ImplausibleUpdateException(String.format(
          "refusing to import %s: %d records, down from %d in the current version %d (less than %.0f %%);"
              + " the file may be truncated. Use --force if the list really shrank.",
          dataset, now, before, previous.get().id(), options.minimumRatio() * 100), before, now);
    }
  }

  private void makeCurrent(String dataset, long versionId) {
    try (Connection c = data.connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement old = c.prepareStatement("UPDATE list_versions SET status = 'superseded'"
              + " WHERE dataset = ? AND status = 'current'");
          PreparedStatement now = c.prepareStatement("UPDATE list_versions SET status = 'current'"
              + " WHERE id = ? AND status = 'staging'")) {
        old.setString(1, dataset);
        old.executeUpdate();
        now.setLong(1, versionId);
        if (now.executeUpdate() != 1) throw new SQLException("staging version " + versionId + " vanished");
        c.commit();
      } catch (SQLException e) {
        Sql.rollbackQuietly(c);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot make version " + versionId + " of " + dataset + " current: "
          + e.getMessage(), e);
    }
  }

  private void deleteVersion(long versionId) {
    try (Connection c = data.connect();
        PreparedStatement ps = c.prepareStatement("DELETE FROM list_versions WHERE id = ? AND status = 'staging'")) {
      ps.setLong(1, versionId);
      ps.executeUpdate();
    } catch (SQLException e) {
      // Left as staging; the next open removes it.
    }
  }

  private static void closeQuietly(Connection c) {
    if (c == null) return;
    try {
      c.close();
    } catch (SQLException ignored) {
      // nothing useful to do
    }
  }
}
