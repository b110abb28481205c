package org.tiescan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.MatchResult;
import org.tiescan.match.Matcher;
import org.tiescan.match.Query;
import org.tiescan.model.EntityJson;
import org.tiescan.screen.QueryFactory;
import org.tiescan.screen.equipment.EquipmentCases;
import org.tiescan.screen.input.ColumnMapping;
import org.tiescan.screen.input.InputRecord;
import org.tiescan.screen.report.ResultJson;
import org.tiescan.store.Checksums;
import org.tiescan.store.cases.CaseStore;
import org.tiescan.store.cases.ChangeNotes;
import org.tiescan.store.cases.Counterparty;
import org.tiescan.store.cases.Evidence;
import org.tiescan.store.cases.Observation;

/**
 * One monitor run: rescreens every party of the register with the current matcher and records each
 * match in the case store; only new and reopened hits are handed on. Shared by {@code tiescan
 * monitor} and the server's scheduled monitor.
 */
public final class Monitor {
  /** What one run found; {@code news} holds the new and reopened hits as JSON lines objects. */
  public record Summary(long run, int parties, int fresh, int reopened, int unchanged, ArrayNode news) {}

  private Monitor() {}

  /** The parties a monitor run rescreens: devices recorded by `equipment --case-store` are not screened by name. */
  public static List<Counterparty> parties(CaseStore store) {
    return store.counterparties().stream().filter(c -> !EquipmentCases.isDevice(c)).toList();
  }

  /**
   * Rescreens the register (audited as a {@code monitor-run}); {@code onNews} sees each new or
   * reopened hit as it is found.
   */
  public static Summary run(CaseStore store, Workspace ws, MatchOptions options, Consumer<ObjectNode> onNews) {
    List<Counterparty> register = parties(store);
    long run = store.audit("monitor-run", "register", Map.of("parties", register.size(),
        "lists", ws.lists().stream().map(l -> l.dataset() + "@" + l.snapshotDate()).toList())).seq();
    int[] counts = new int[3];
    ArrayNode news = ResultJson.mapper().createArrayNode();
    Matcher matcher = ws.matcher();
    for (Counterparty p : register) {
      Query q = query(p);
      if (q.names().isEmpty() && q.identifiers().isEmpty()) continue;
      for (MatchResult m : matcher.match(q, options)) {
        if (!m.match()) continue;
        Observation o = store.observe(p.id(), evidence(m), run, ChangeNotes.STANDARD);
        counts[o.kind().ordinal()]++;
        if (!o.isNews()) continue;
        ObjectNode line = HitJson.of(o.hit()).put("kind", o.kind().name().toLowerCase(Locale.ROOT));
        line.set("input", ResultJson.mapper().valueToTree(p.fields()));
        line.set("result", ResultJson.result(m));
        onNews.accept(line);
        news.add(line);
      }
    }
    store.audit("monitor-finished", "run " + run, Map.of("new_or_reopened", news.size()));
    return new Summary(run, register.size(), counts[0], counts[1], counts[2], news);
  }

  /**
   * POSTs a run's new and reopened hits as one JSON document {@code {run, count, hits}} to {@code url},
   * retrying with exponential backoff; every attempt goes to the case store's delivery log.
   *
   * @return the attempt that succeeded, or 0 when all failed
   */
  public static int deliver(CaseStore store, Summary done, String url, int attempts, java.time.Duration firstBackoff)
      throws InterruptedException {
    ObjectNode payload = ResultJson.mapper().createObjectNode().put("run", done.run()).put("count", done.news().size());
    payload.set("hits", done.news());
    return new Webhook(attempts, firstBackoff, store::logDelivery).deliver(url, payload.toString());
  }

  private static Query query(Counterparty p) {
    try {
      ColumnMapping columns = ResultJson.mapper().readValue(p.mappingJson(), ColumnMapping.class);
      return new QueryFactory("register", columns).query(InputRecord.of(0, p.fields()));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("register entry " + p.externalId() + " has an unreadable column mapping", e);
    }
  }

  private static Evidence evidence(MatchResult m) {
    String json = EntityJson.toLine(m.entity());
    String matched = m.explanation() == null || m.explanation().matchedName() == null ? m.entity().caption()
        : m.explanation().matchedName();
    return new Evidence(m.entity().id(), m.entity().caption(), Checksums.sha256(json), json, List.of(matched),
        m.score());
  }
}
