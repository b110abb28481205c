package org.tiescan.screen.publications;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tiescan.screen.report.ResultJson;

/**
 * The JSON form of a screened work: {@code work} (file, line, format, id, doi, title, year),
 * {@code flagged}, {@code authors} [{@code name}, {@code orcid}, {@code affiliations} [{{@code raw},
 * {@code ror_id}, {@code institution_id}, {@code institution}, {@code resolution} {method, ror_id, name,
 * confidence, reason, segments}, {@code hits} [{via, screened_name, ror_path, result (the screening
 * contract: id, caption, score, explanation, designations, basis, exposure)}]}]], {@code problem}.
 */
public final class PublicationJson {
  private PublicationJson() {}

  public static ObjectNode work(ScreenedWork s) {
    Work w = s.work();
    ObjectNode o = ResultJson.mapper().createObjectNode();
    o.putObject("work").put("file", w.file()).put("line", w.line()).put("format", w.format()).put("id", w.id())
        .put("doi", w.doi()).put("title", w.title()).put("year", w.year());
    o.put("flagged", s.flagged());
    if (w.problem() != null) o.set("problem", ResultJson.problem(w.problem()));
    ArrayNode authors = o.putArray("authors");
    Author current = null;
    ArrayNode affs = null;
    for (AffiliationFinding f : s.findings()) {
      if (f.author() != current) {
        current = f.author();
        ObjectNode a = authors.addObject().put("name", current.name()).put("orcid", current.orcid());
        affs = a.putArray("affiliations");
      }
      affs.add(affiliation(f));
    }
    return o;
  }

  private static ObjectNode affiliation(AffiliationFinding f) {
    Affiliation a = f.affiliation();
    Resolution r = f.resolution();
    ObjectNode o = ResultJson.mapper().createObjectNode().put("raw", a.raw()).put("ror_id", a.rorId())
        .put("institution_id", a.institutionId()).put("institution", a.institutionName());
    ObjectNode res = o.putObject("resolution").put("method", r.method()).put("ror_id", r.rorId()).put("name", r.name())
        .put("confidence", Math.round(r.confidence() * 1000) / 1000.0).put("reason", r.reason()).put("country", r.country());
    r.segments().forEach(res.putArray("segments")::add);
    ArrayNode hits = o.putArray("hits");
    for (OrgHit h : f.hits()) {
      ObjectNode x = hits.addObject().put("via", h.via()).put("screened_name", h.screenedName());
      h.rorPath().forEach(x.putArray("ror_path")::add);
      x.set("result", ResultJson.result(h.result(), h.context()));
    }
    return o;
  }
}
