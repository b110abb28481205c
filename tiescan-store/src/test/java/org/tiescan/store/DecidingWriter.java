package org.tiescan.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.store.cases.CaseStore;
import org.tiescan.store.cases.CaseStores;
import org.tiescan.store.cases.ChangeNotes;
import org.tiescan.store.cases.Decision;
import org.tiescan.store.cases.Evidence;
import org.tiescan.store.cases.Hit;
import org.tiescan.store.cases.HitStatus;
import org.tiescan.store.runs.RunResult;
import org.tiescan.store.runs.RunStart;

/**
 * Run as a separate JVM by {@link KilledDuringDecisionsTest}: one thread keeps making decisions
 * (printing "DECIDED hit version" after each commit) while the main thread runs a slow import or a
 * screening run; it prints "BUSY" once both are under way, and goes on until it is killed.
 */
public final class DecidingWriter {
  private DecidingWriter() {}

  public static void main(String[] args) throws Exception {
    try (DataDirectory data = DataDirectory.open(Path.of(args[0]))) {
      CaseStore store = CaseStores.sqlite(data);
      List<Entity> entries = Sources.readAll(Sources.csl(), Sources.CSL_SLICE);
      Thread decider = new Thread(() -> decideForever(store, entries), "decider");
      decider.setDaemon(true);
      decider.start();
      if (args[1].equals("import")) slowImport(data);
      else endlessRun(data);
    }
  }

  private static void decideForever(CaseStore store, List<Entity> entries) {
    for (int i = 0; ; i++) {
      String id = "kill-" + i;
      long party = store.register(id, Map.of("id", id), "{}").id();
      Entity e = entries.get(i % entries.size());
      String json = EntityJson.toLine(e);
      Hit hit = store.observe(party, new Evidence(e.id(), e.caption(), Checksums.sha256(json), json,
          List.of(e.caption()), 0.9), null, ChangeNotes.STANDARD).hit();
      Hit done = store.decide(new Decision(hit.id(), HitStatus.CLEARED, "kill test " + i, "tester", hit.version()));
      say("DECIDED " + done.id() + " " + done.version());
    }
  }

  private static void slowImport(DataDirectory data) throws Exception {
    int[] seen = {0};
    new ListImporter(data, 50).importVersion("us-csl", null, Sources.editing(Sources.csl(), e -> {
      if (++seen[0] == 100) say("BUSY");
      if (seen[0] > 100) pause(50);
      return e;
    }), Sources.CSL_SLICE);
    say("IMPORT FINISHED TOO EARLY");
  }

  private static void endlessRun(DataDirectory data) {
    long run = data.runs().start(new RunStart("kill-test.csv", null, "{}", null));
    for (long batch = 0; ; batch++) {
      data.runs().append(run, List.of(new RunResult(batch, "us-csl-x", null, "{}", 0.5, false, null)));
      if (batch == 5) say("BUSY");
      pause(20);
    }
  }

  private static synchronized void say(String line) {
    System.out.println(line);
    System.out.flush();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
