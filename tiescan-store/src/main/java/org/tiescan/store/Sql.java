package org.tiescan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Small JDBC helpers shared by the store classes. Timestamps are stored as ISO-8601 UTC text. */
public final class Sql {
  private Sql() {}

  public static String time(Instant t) {
    return t == null ? null : t.toString();
  }

  public static Instant time(String s) {
    return s == null ? null : Instant.parse(s);
  }

  /** Runs {@code INSERT ... RETURNING id} (SQLite 3.35+ and PostgreSQL) and returns the id. */
  public static long insertReturningId(PreparedStatement insert) throws SQLException {
    try (ResultSet rs = insert.executeQuery()) {
      if (!rs.next()) throw new SQLException("INSERT ... RETURNING id returned no row");
      return rs.getLong(1);
    }
  }

  public static void rollbackQuietly(Connection c) {
    try {
      if (c != null && !c.getAutoCommit()) c.rollback();
    } catch (SQLException ignored) {
      // the original failure is what the caller reports
    }
  }

  public static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
