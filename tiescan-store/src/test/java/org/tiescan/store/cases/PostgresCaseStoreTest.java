package org.tiescan.store.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The case store contract on PostgreSQL, each test in its own throw-away schema. */
class PostgresCaseStoreTest extends CaseStoreContract {
  private String schema;

  @Override
  protected CaseStore open() {
    String user = PostgresTestServer.requireServer();
    schema = PostgresTestServer.newSchemaName();
    return CaseStores.postgresql(PostgresTestServer.URL, user, schema);
  }

  @Override
  protected Connection raw() throws SQLException {
    return PostgresTestServer.connect(schema);
  }

  /** Connections come from a pool: kept open between operations, at most POOL_SIZE, closed with the store. */
  @Test
  void connectionsArePooledNotOpenedPerOperation() throws Exception {
    for (int i = 0; i < 20; i++) store.hits();
    long open = backends();
    assertThat(open).isBetween(1L, (long) CaseStores.POOL_SIZE);
    store.close();
    assertThat(backends()).isZero();
  }

  private long backends() throws SQLException {
    try (Connection c = raw(); PreparedStatement ps = c.prepareStatement(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
      ps.setString(1, CaseStores.applicationName(schema));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @AfterEach
  void dropSchema() throws SQLException {
    if (schema != null) PostgresTestServer.dropSchema(schema);
  }
}
