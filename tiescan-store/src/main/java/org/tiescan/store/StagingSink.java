package org.tiescan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.Entities;
import org.tiescan.sources.EntitySink;

/**
 * Writes a reader's entities into a staging version in batches, committing every so often.
 * Records that repeat an id are merged into the stored entity ({@link Entities#merge}), so a version
 * holds one entity per id, as readers document for multi-list entries.
 */
final class StagingSink implements EntitySink, AutoCloseable {
  static final int BATCH_SIZE = 1000;
  /** Problems beyond this many are counted but not stored, so a garbage file cannot flood the store. */
  static final int STORED_PROBLEMS = 10_000;

  private final Connection connection;
  private final long versionId;
  private final long commitEvery;
  private long uncommitted;
  private final PreparedStatement insertEntity;
  private final PreparedStatement insertProblem;
  private final PreparedStatement selectStored;
  private final PreparedStatement updateStored;
  private final List<Entity> batch = new ArrayList<>(BATCH_SIZE);
  private final List<RecordProblem> firstProblems = new ArrayList<>();
  private final int keptProblems;
  private long recordCount;
  private long problemCount;
  private long mergedCount;

  /**
   * @param commitEvery commit after this many entities, so a huge import neither holds SQLite's write
   *     lock nor grows the WAL for its whole duration; staging rows are invisible to readers anyway
   */
  StagingSink(Connection c, long versionId, int keptProblems, long commitEvery) throws SQLException {
    this.connection = c;
    this.versionId = versionId;
    this.commitEvery = commitEvery;
    this.keptProblems = keptProblems;
    this.insertEntity = c.prepareStatement("INSERT INTO entities"
        + " (version_id, entity_id, schema_name, caption, json, content_hash) VALUES (?, ?, ?, ?, ?, ?)"
        + " ON CONFLICT (version_id, entity_id) DO NOTHING");
    this.insertProblem = c.prepareStatement("INSERT INTO import_problems"
        + " (version_id, problem_no, file, line, field, message) VALUES (?, ?, ?, ?, ?, ?)");
    this.selectStored = c.prepareStatement("SELECT json FROM entities WHERE version_id = ? AND entity_id = ?");
    this.updateStored = c.prepareStatement("UPDATE entities SET schema_name = ?, caption = ?, json = ?,"
        + " content_hash = ? WHERE version_id = ? AND entity_id = ?");
  }

  @Override
  public void accept(Entity entity) {
    String json = EntityJson.toLine(entity);
    try {
      insertEntity.setLong(1, versionId);
      insertEntity.setString(2, entity.id());
      insertEntity.setString(3, entity.schema());
      insertEntity.setString(4, entity.caption());
      insertEntity.setString(5, json);
      insertEntity.setString(6, Checksums.sha256(json));
      insertEntity.addBatch();
      batch.add(entity);
      if (batch.size() >= Math.min(BATCH_SIZE, commitEvery)) flushEntities();
    } catch (SQLException e) {
      throw new StoreException("cannot store entity " + entity.id() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void problem(RecordProblem problem) {
    problemCount++;
    if (firstProblems.size() < keptProblems) firstProblems.add(problem);
    if (problemCount > STORED_PROBLEMS) return;
    try {
      insertProblem.setLong(1, versionId);
      insertProblem.setLong(2, problemCount);
      insertProblem.setString(3, problem.file());
      insertProblem.setLong(4, problem.line());
      insertProblem.setString(5, problem.field());
      insertProblem.setString(6, problem.message());
      insertProblem.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot store import problem: " + e.getMessage(), e);
    }
  }

  /** Writes what is still batched; call once after the reader returns. */
  void flush() throws SQLException {
    if (!batch.isEmpty()) flushEntities();
  }

  long recordCount() { return recordCount; }
  long mergedCount() { return mergedCount; }
  long problemCount() { return problemCount; }
  List<RecordProblem> firstProblems() { return List.copyOf(firstProblems); }

  private void flushEntities() throws SQLException {
    int[] counts = insertEntity.executeBatch();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        mergeIntoStored(batch.get(i));
      } else {
        recordCount++;
      }
    }
    uncommitted += batch.size();
    batch.clear();
    if (uncommitted >= commitEvery) {
      connection.commit();
      uncommitted = 0;
    }
  }

  /** The id was already stored (earlier in this batch or before): merge and rewrite that row. */
  private void mergeIntoStored(Entity repeat) throws SQLException {
    selectStored.setLong(1, versionId);
    selectStored.setString(2, repeat.id());
    String storedJson;
    try (ResultSet rs = selectStored.executeQuery()) {
      if (!rs.next()) throw new SQLException("entity " + repeat.id() + " was neither inserted nor stored");
      storedJson = rs.getString(1);
    }
    Entity merged = Entities.merge(EntityJson.fromLine(storedJson), repeat);
    String json = EntityJson.toLine(merged);
    updateStored.setString(1, merged.schema());
    updateStored.setString(2, merged.caption());
    updateStored.setString(3, json);
    updateStored.setString(4, Checksums.sha256(json));
    updateStored.setLong(5, versionId);
    updateStored.setString(6, merged.id());
    updateStored.executeUpdate();
    mergedCount++;
  }

  @Override
  public void close() throws SQLException {
    try (insertEntity; insertProblem; selectStored; updateStored) {
      // closes all four
    }
  }
}
