package org.tiescan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;

/**
 * Streams entities from a query, one row at a time, so a list of any size is never all in memory.
 * Holds a database connection: always close it (try-with-resources).
 */
public final class EntityCursor implements Iterator<Entity>, AutoCloseable {
  private final Connection connection;
  private final PreparedStatement statement;
  private final ResultSet rows;
  private Boolean hasRow;

  EntityCursor(Connection connection, PreparedStatement statement) throws SQLException {
    this.connection = connection;
    this.statement = statement;
    // PostgreSQL streams with a fetch size only inside a transaction; SQLite reads one WAL snapshot.
    connection.setAutoCommit(false);
    statement.setFetchSize(500);
    this.rows = statement.executeQuery();
  }

  @Override
  public boolean hasNext() {
    if (hasRow == null) {
      try {
        hasRow = rows.next();
      } catch (SQLException e) {
        throw new StoreException("cannot read entities: " + e.getMessage(), e);
      }
    }
    return hasRow;
  }

  @Override
  public Entity next() {
    if (!hasNext()) throw new NoSuchElementException();
    hasRow = null;
    try {
      return EntityJson.fromLine(rows.getString(1));
    } catch (SQLException e) {
      throw new StoreException("cannot read entities: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try (connection; statement; rows) {
      // closes all three, in reverse order
    } catch (SQLException e) {
      throw new StoreException("cannot close entity cursor: " + e.getMessage(), e);
    }
  }
}
