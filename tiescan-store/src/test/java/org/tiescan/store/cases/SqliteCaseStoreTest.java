package org.tiescan.store.cases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.store.DataDirectory;

/** The case store contract on the embedded default: SQLite in a fresh data directory. */
class SqliteCaseStoreTest extends CaseStoreContract {
  @TempDir Path dir;
  private DataDirectory data;

  @Override
  protected CaseStore open() throws Exception {
    data = DataDirectory.open(dir);
    return CaseStores.sqlite(data);
  }

  @Override
  protected Connection raw() throws SQLException {
    return data.connect();
  }

  @AfterEach
  void closeData() {
    data.close();
  }
}
