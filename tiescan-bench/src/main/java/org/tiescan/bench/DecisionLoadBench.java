package org.tiescan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.sources.csl.CslCsvSource;
import org.tiescan.store.Checksums;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.cases.CaseStore;
import org.tiescan.store.cases.CaseStores;
import org.tiescan.store.cases.DecisionLoad;
import org.tiescan.store.cases.Evidence;

/**
 * Load test of the case store (docs/reliability.md): N concurrent writers × M decisions on SQLite (a
 * fresh data directory) and PostgreSQL (a throw-away schema), reporting lost decisions and rate.
 *
 * <p>Arguments: writers, decisions per writer, CSL CSV file for the evidence, PostgreSQL JDBC URL
 * (optional; e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}).
 */
public final class DecisionLoadBench {
  private DecisionLoadBench() {}

  public static void main(String[] args) throws Exception {
    int writers = Integer.parseInt(args[0]);
    int perWriter = Integer.parseInt(args[1]);
    List<Evidence> evidence = evidence(Path.of(args[2]));
    Path dir = Files.createTempDirectory("tiescan-load");
    try (CaseStore sqlite = CaseStores.sqlite(DataDirectory.open(dir))) {
      report("sqlite", writers, perWriter, DecisionLoad.run(sqlite, writers, perWriter, evidence));
    }
    if (args.length > 3) {
      String schema = "tiescan_bench_" + Long.toHexString(System.nanoTime());
      try (CaseStore pg = CaseStores.postgresql(args[3], null, schema)) {
        report("postgresql", writers, perWriter, DecisionLoad.run(pg, writers, perWriter, evidence));
      } finally {
        try (var c = DriverManager.getConnection(args[3]); var s = c.createStatement()) {
          s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      }
    }
  }

  private static List<Evidence> evidence(Path csl) throws Exception {
    List<Entity> entries = new ArrayList<>();
    new CslCsvSource().read(csl, entries::add);
    return entries.stream().map(e -> {
      String json = EntityJson.toLine(e);
      return new Evidence(e.id(), e.caption(), Checksums.sha256(json), json, List.of(e.caption()), 0.9);
    }).toList();
  }

  private static void report(String engine, int writers, int perWriter, DecisionLoad.Result r) {
    System.out.printf(Locale.ROOT, "%-10s writers=%d decisions/writer=%d acknowledged_writes=%d lost=%d"
        + " audit_rows=%d audit_intact=%b elapsed_ms=%d decisions/s=%.0f%n", engine, writers, perWriter,
        r.committed(), r.lost(), r.auditRows(), r.auditIntact(), r.millis(), r.decisionsPerSecond());
  }
}
