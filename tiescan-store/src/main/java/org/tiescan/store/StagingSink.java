package org.tiescan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.EntitySink;

/**
 * Writes a reader's entities into a staging version in batches, inside the caller's transaction.
 * A repeated entity id keeps the first record and is reported as a problem, so a version never
 * holds two entries under one id.
 */
final class StagingSink implements EntitySink, AutoCloseable {
  static final int BATCH_SIZE = 1000;
  /** Problems beyond this many are counted but not stored, so a garbage file cannot flood the store. */
  static final int STORED_PROBLEMS = 10_000;

  private final long versionId;
  private final String sourceName;
  private final PreparedStatement insertEntity;
  private final PreparedStatement insertProblem;
  private final List<String> batchIds = new ArrayList<>(BATCH_SIZE);
  private final List<RecordProblem> firstProblems = new ArrayList<>();
  private final int keptProblems;
  private long recordCount;
  private long problemCount;

  StagingSink(Connection c, long versionId, String sourceName, int keptProblems) throws SQLException {
    this.versionId = versionId;
    this.sourceName = sourceName;
    this.keptProblems = keptProblems;
    this.insertEntity = c.prepareStatement("INSERT INTO entities"
        + " (version_id, entity_id, schema_name, caption, json, content_hash) VALUES (?, ?, ?, ?, ?, ?)"
        + " ON CONFLICT (version_id, entity_id) DO NOTHING");
    this.insertProblem = c.prepareStatement("INSERT INTO import_problems"
        + " (version_id, problem_no, file, line, field, message) VALUES (?, ?, ?, ?, ?, ?)");
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
      batchIds.add(entity.id());
      if (batchIds.size() >= BATCH_SIZE) flushEntities();
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
    if (!batchIds.isEmpty()) flushEntities();
  }

  long recordCount() { return recordCount; }
  long problemCount() { return problemCount; }
  List<RecordProblem> firstProblems() { return List.copyOf(firstProblems); }

  private void flushEntities() throws SQLException {
    int[] counts = insertEntity.executeBatch();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        problem(new RecordProblem(sourceName, 0, "id",
            "duplicate entity id " + batchIds.get(i) + "; the first record with this id was kept"));
      } else {
        recordCount++;
      }
    }
    batchIds.clear();
  }

  @Override
  public void close() throws SQLException {
    try {
      insertEntity.close();
    } finally {
      insertProblem.close();
    }
  }
}
