package org.tiescan.store.cases;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The local PostgreSQL server for tests (127.0.0.1:5432, trust auth, database {@code test}; started by
 * scripts/postgres). Each test gets its own schema, dropped afterwards. Where no server answers, the
 * test says so on stdout and is skipped through a JUnit assumption.
 */
final class PostgresTestServer {
  static final String URL = System.getProperty("tiescan.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
  private static String user;
  private static boolean probed;

  private PostgresTestServer() {}

  /** The user that can log in, or skips the calling test when the server is not reachable. */
  static synchronized String requireServer() {
    if (!probed) {
      probed = true;
      for (String candidate : List.of("postgres", "root", System.getProperty("user.name"))) {
        try (Connection c = DriverManager.getConnection(URL + "?connectTimeout=3", candidate, "")) {
          user = candidate;
          break;
        } catch (SQLException e) {
          // try the next user
        }
      }
      if (user == null) {
        System.out.println("PostgreSQL tests SKIPPED: no server reachable at " + URL
            + " (start one with scripts/postgres)");
      }
    }
    Assumptions.assumeTrue(user != null, "PostgreSQL not reachable at " + URL);
    return user;
  }

  static String newSchemaName() {
    return "tiescan_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }

  static Connection connect(String schema) throws SQLException {
    Connection c = DriverManager.getConnection(URL, user, "");
    if (schema != null) c.setSchema(schema);
    return c;
  }

  static void dropSchema(String schema) throws SQLException {
    try (Connection c = connect(null); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
