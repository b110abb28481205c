package org.tiescan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Stack;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.StoreException;
import org.tiescan.store.cases.CaseStore;
import org.tiescan.store.cases.CaseStores;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Where the case store is: SQLite in the data directory (default) or a shared PostgreSQL database.
 * {@code --case-store} may stand alone ("the case store", for commands such as {@code equipment} that
 * record into it only when asked); it takes the next argument as its URL only when that is a JDBC URL,
 * so {@code --case-store FILE} leaves FILE to the command.
 */
public final class CaseStoreOption {
  @Mixin DataDirOption dataDir;

  @Option(names = "--case-store", paramLabel = "JDBC_URL", arity = "0..1", preprocessor = OptionalJdbcUrl.class,
      description = "The case store: a PostgreSQL JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/tiescan?user=tiescan, "
          + "or nothing for the default ($" + CaseStores.ENV_URL + ", else SQLite in the data directory). "
          + "`equipment` records its run in the case store only when this option is given.")
  String url;

  @Option(names = "--case-schema", paramLabel = "SCHEMA", description = "PostgreSQL schema (default: tiescan).")
  String schema = "tiescan";

  /** Whether {@code --case-store} was given, with or without a URL. */
  boolean given() {
    return url != null;
  }

  public CaseStore open() {
    String jdbc = url != null && !url.isBlank() ? url : System.getenv(CaseStores.ENV_URL);
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

  /** Consumes the next argument only when it is a JDBC URL; otherwise {@code --case-store} stands alone. */
  static final class OptionalJdbcUrl implements IParameterPreprocessor {
    @Override
    public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec arg, Map<String, Object> info) {
      if (!args.isEmpty() && args.peek().startsWith("jdbc:")) return false;
      arg.setValue("");
      return true;
    }
  }
}
