package org.tiescan.store.cases;

import java.util.regex.Pattern;
import org.postgresql.ds.PGSimpleDataSource;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.Migrations;
import org.tiescan.store.StoreException;

/** Opens the case store on one of its two engines; both run the same Flyway migrations. */
public final class CaseStores {
  /** Environment variable with a PostgreSQL JDBC URL; when set, the CLI uses PostgreSQL. */
  public static final String ENV_URL = "TIESCAN_CASE_STORE";

  private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private CaseStores() {}

  /** The embedded default: the SQLite database of the data directory (already migrated on open). */
  public static CaseStore sqlite(DataDirectory data) {
    return new JdbcCaseStore(data::connect, () -> {});
  }

  /**
   * PostgreSQL at {@code jdbcUrl} (e.g. {@code jdbc:postgresql://127.0.0.1:5432/tiescan}), tables in
   * {@code schema} (created and migrated if needed).
   */
  public static CaseStore postgresql(String jdbcUrl, String user, String schema) {
    if (!SCHEMA_NAME.matcher(schema).matches()) throw new IllegalArgumentException("bad schema name: " + schema);
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(jdbcUrl);
    if (user != null) ds.setUser(user);
    ds.setCurrentSchema(schema);
    try {
      Migrations.migrate(ds, Migrations.POSTGRESQL, schema);
    } catch (RuntimeException e) {
      throw new StoreException("cannot prepare the PostgreSQL case store " + jdbcUrl + " (schema " + schema + "): "
          + e.getMessage(), e);
    }
    return new JdbcCaseStore(ds::getConnection, () -> {});
  }
}
