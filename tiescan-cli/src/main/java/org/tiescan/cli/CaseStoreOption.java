package org.tiescan.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.StoreException;
import org.tiescan.store.cases.CaseStore;
import org.tiescan.store.cases.CaseStores;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the case store is: SQLite in the data directory (default) or a shared PostgreSQL database. */
public final class CaseStoreOption {
  @Mixin DataDirOption dataDir;

  @Option(names = "--case-store", paramLabel = "JDBC_URL",
      description = "PostgreSQL case store, e.g. jdbc:postgresql://127.0.0.1:5432/tiescan?user=tiescan "
          + "(default: $" + CaseStores.ENV_URL + ", else SQLite in the data directory).")
  String url;

  @Option(names = "--case-schema", paramLabel = "SCHEMA", description = "PostgreSQL schema (default: tiescan).")
  String schema = "tiescan";

  public CaseStore open() {
    String jdbc = url != null ? url : System.getenv(CaseStores.ENV_URL);
    if (jdbc != null && !jdbc.isBlank()) return CaseStores.postgresql(jdbc, null, schema);
    Path dir = dataDir.resolve();
    try {
      return CaseStores.sqlite(DataDirectory.open(dir));
    } catch (IOException | StoreException e) {
      throw new DataException("cannot open the data directory " + dir + ": " + e.getMessage(), e);
    }
  }

  public Path dataDir() {
    return dataDir.resolve();
  }
}
