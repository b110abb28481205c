package org.tiescan.store.cases;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.postgresql.ds.PGSimpleDataSource;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.Migrations;
import org.tiescan.store.StoreException;

/** Opens the case store on one of its two engines; both run the same Flyway migrations. */
public final class CaseStores {
  /** Environment variable with a PostgreSQL JDBC URL; when set, the CLI uses PostgreSQL. */
  public static final String ENV_URL = "TIESCAN_CASE_STORE";

  /**
   * Connections kept open to PostgreSQL per store: concurrent requests (server threads, load) each get
   * their own, up to this many; more wait. Writes still serialise on the audit head row by design.
   */
  public static final int POOL_SIZE = 8;
  /** Keeps the pool's INFO chatter (start, shutdown) off the terminal; warnings still show. */
  private static final Logger POOL_LOG = Logger.getLogger("com.zaxxer.hikari");

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
    ds.setApplicationName(applicationName(schema));
    try {
      Migrations.migrate(ds, Migrations.POSTGRESQL, schema);
    } catch (RuntimeException e) {
      throw new StoreException("cannot prepare the PostgreSQL case store " + jdbcUrl + " (schema " + schema + "): "
          + e.getMessage(), e);
    }
    HikariDataSource pool = pool(ds);
    return new JdbcCaseStore(pool::getConnection, pool::close);
  }

  /** How the store's connections name themselves to PostgreSQL ({@code pg_stat_activity.application_name}). */
  public static String applicationName(String schema) {
    return "tiescan case store " + schema;
  }

  /**
   * A pool that opens connections on demand (one kept idle), up to {@link #POOL_SIZE}; a connection
   * goes back with autocommit restored and any open transaction rolled back.
   */
  private static HikariDataSource pool(PGSimpleDataSource ds) {
    POOL_LOG.setLevel(Level.WARNING);
    HikariConfig c = new HikariConfig();
    c.setDataSource(ds);
    c.setPoolName(ds.getApplicationName());
    c.setMaximumPoolSize(POOL_SIZE);
    c.setMinimumIdle(1);
    c.setConnectionTimeout(30_000);
    return new HikariDataSource(c);
  }
}
