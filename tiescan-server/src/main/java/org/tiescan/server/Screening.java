package org.tiescan.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.MatchResult;
import org.tiescan.match.Query;
import org.tiescan.screen.Countries;
import org.tiescan.screen.ScreenedRecord;
import org.tiescan.screen.Screener;
import org.tiescan.screen.report.ResultJson;

/**
 * One query screened the way {@code tiescan match} does it (matcher, threshold, one result per
 * organisation, exposure through the graph), for the API and the web UI alike.
 */
public final class Screening {
  private Screening() {}

  /**
   * Screens {@code q}; with {@code dataset} (not null, not "default") only results from that dataset
   * are kept.
   */
  public static ScreenedRecord screen(Backend.Loaded lists, Query q, double threshold, int limit, String dataset) {
    boolean filtered = dataset != null && !"default".equals(dataset);
    MatchOptions options = new MatchOptions(threshold, filtered ? limit * 4 : limit, false);
    ScreenedRecord r = new Screener(lists.workspace().matcher(), options, 1, lists.annotator()).screenQuery(null, q);
    if (!filtered) return r;
    List<MatchResult> kept = new ArrayList<>();
    for (MatchResult m : r.results()) {
      if (m.entity().datasets().contains(dataset) && kept.size() < limit) kept.add(m);
    }
    return new ScreenedRecord(r.input(), q, kept, null, r.context());
  }

  /** The results in the JSON lines result shape (score, explanation, designations, basis, exposure). */
  public static ArrayNode results(ScreenedRecord r) {
    ArrayNode a = ResultJson.mapper().createArrayNode();
    r.results().forEach(m -> a.add(ResultJson.result(m, r.context(m))));
    return a;
  }

  /** An ISO code for what the user typed ("CN", "China", "中国"); unknown text is passed on as typed. */
  public static String country(String text) {
    String code = Countries.code(text);
    return code != null ? code : text.strip().toLowerCase(Locale.ROOT);
  }
}
