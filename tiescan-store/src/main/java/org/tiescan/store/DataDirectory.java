package org.tiescan.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.tiescan.store.diff.VersionDiffer;
import org.tiescan.store.runs.ScreeningRuns;

/**
 * tiescan's local data directory: {@code tiescan.db} (SQLite, WAL, foreign keys on) with list versions
 * and screening runs, {@code indexes/<build-id>/} with derived artifacts (the match index), and
 * {@code import.lock} so only one process imports at a time.
 *
 * <p>Opening migrates the schema and cleans what a failed or killed import left behind (staging
 * versions, {@code *.tmp} index directories), unless another process is importing right now, and
 * marks failed the screening runs whose process died.
 * Connections are short-lived, one per operation, so many readers and one writer can share the
 * directory.
 */
public final class DataDirectory implements AutoCloseable {
  public static final String DATABASE_FILE = "tiescan.db";
  public static final String INDEXES_DIR = "indexes";
  /** Environment variable naming the data directory; the default is {@code ~/.tiescan}. */
  public static final String ENV_VAR = "TIESCAN_DATA";

  private static final Object MIGRATION_MONITOR = new Object();

  private final Path root;
  private final SQLiteDataSource dataSource;

  private DataDirectory(Path root) {
    this.root = root;
    this.dataSource = dataSource(root.resolve(DATABASE_FILE));
  }

  /** Opens (creating if needed) the data directory at {@code root}. */
  public static DataDirectory open(Path root) throws IOException {
    Path dir = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    Files.createDirectories(dir.resolve(INDEXES_DIR));
    DataDirectory data = new DataDirectory(dir);
    data.migrate();
    Leftovers.cleanIfIdle(data);
    data.runs().failAbandoned();
    return data;
  }

  /** {@code $TIESCAN_DATA} when set, else {@code ~/.tiescan}. */
  public static Path defaultLocation() {
    String env = System.getenv(ENV_VAR);
    if (env != null && !env.isBlank()) return Path.of(env);
    return Path.of(System.getProperty("user.home"), ".tiescan");
  }

  public Path root() { return root; }
  public Path databaseFile() { return root.resolve(DATABASE_FILE); }
  public Path indexesDir() { return root.resolve(INDEXES_DIR); }

  /**
   * A new connection with the store's settings (foreign keys on, busy timeout); callers close it.
   * Public so that later store parts (case store, audit) can share the database.
   */
  public Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  public ListImporter importer() { return new ListImporter(this); }
  public ListCatalog catalog() { return new ListCatalog(this); }
  public IndexBuilds indexes() { return new IndexBuilds(this); }
  public ScreeningRuns runs() { return new ScreeningRuns(this::connect); }
  public VersionDiffer diffs() { return new VersionDiffer(this); }
  public FetchLog fetches() { return new FetchLog(this); }
  /** Records picked out of the current lists and kept under {@code name} ({@link RecordCache}). */
  public RecordCache recordCache(String name) { return new RecordCache(this, name); }

  /** Takes the single-writer lock, failing at once with a clear message when it is held. */
  WriterLock lockForWriting(String purpose) throws IOException {
    return WriterLock.acquire(root, purpose);
  }

  @Override
  public void close() {
    // Nothing held open between operations; kept AutoCloseable for pooled back-ends.
  }

  private void migrate() throws IOException {
    // Serialise schema creation between threads (monitor) and processes (blocking file lock).
    synchronized (MIGRATION_MONITOR) {
      try (FileChannel ch = FileChannel.open(root.resolve("migrate.lock"), StandardOpenOption.CREATE,
              StandardOpenOption.WRITE);
          FileLock lock = ch.lock()) {
        if (lock.isValid()) Migrations.migrate(dataSource, Migrations.SQLITE);
      } catch (RuntimeException e) {
        throw new StoreException("cannot prepare the database " + databaseFile() + ": " + e.getMessage(), e);
      }
    }
  }

  private static SQLiteDataSource dataSource(Path db) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // NORMAL is safe against process crashes in WAL mode; only a power cut may lose the last commit.
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(30_000);
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl("jdbc:sqlite:" + db);
    return ds;
  }
}
