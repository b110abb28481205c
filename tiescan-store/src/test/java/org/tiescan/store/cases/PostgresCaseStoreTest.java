package org.tiescan.store.cases;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;

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

  @AfterEach
  void dropSchema() throws SQLException {
    if (schema != null) PostgresTestServer.dropSchema(schema);
  }
}
