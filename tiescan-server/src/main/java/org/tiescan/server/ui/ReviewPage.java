package org.tiescan.server.ui;

import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tiescan.server.ApiException;
import org.tiescan.server.Backend;
import org.tiescan.server.auth.Access;
import org.tiescan.server.auth.Role;
import org.tiescan.server.auth.Sessions;
import org.tiescan.store.cases.Decision;
import org.tiescan.store.cases.DecisionConflictException;
import org.tiescan.store.cases.Hit;
import org.tiescan.store.cases.HitStatus;

/**
 * {@code /ui/review}: the pending hits, each with a decision form (confirm, clear, escalate with a
 * reason; keyboard: j/k move, c/x/e choose, u undoes the last decision), and the latest decisions
 * with undo. Decisions carry the hit version shown, so a hit changed meanwhile is refused, not overwritten.
 */
public final class ReviewPage {
  private static final int RECENT = 20;
  private static final int SHOWN = 100;
  private final Backend backend;

  public ReviewPage(Backend backend) {
    this.backend = backend;
  }

  public void show(Context ctx) {
    Sessions.Session session = Access.session(ctx).orElse(null);
    boolean canDecide = Access.principal(ctx).role().includes(Role.REVIEWER);
    List<Hit> pending = backend.cases().pending(null);
    StringBuilder body = new StringBuilder();
    flash(ctx, body);
    body.append("<p class=\"keys\">Keyboard: <kbd>j</kbd>/<kbd>k</kbd> next/previous hit, <kbd>c</kbd> confirm, "
        + "<kbd>x</kbd> clear, <kbd>e</kbd> escalate (type the reason, then Enter), <kbd>u</kbd> undo the latest decision.</p>");
    body.append("<h2>").append(pending.size()).append(" pending hit(s)</h2>");
    if (pending.isEmpty()) body.append("<p>Nothing waits for a decision. New hits arrive from <code>tiescan monitor</code> "
        + "or the scheduled monitor.</p>");
    // a page stays usable with a long queue: the oldest first, the rest after these are decided
    pending.stream().limit(SHOWN).forEach(h -> body.append(pendingHit(h, session, canDecide)));
    if (pending.size() > SHOWN) body.append("<p>").append(pending.size() - SHOWN)
        .append(" more pending hits follow once these are decided (all of them: <code>GET /hits</code>).</p>");
    List<Hit> decided = backend.cases().hits().stream().filter(h -> h.decidedAt() != null)
        .sorted(Comparator.comparing(Hit::decidedAt).reversed()).limit(RECENT).toList();
    body.append("<h2>Latest decisions</h2>");
    if (decided.isEmpty()) body.append("<p>No decision yet.</p>");
    else body.append("<table class=\"decided\"><thead><tr><th scope=\"col\">Hit</th><th scope=\"col\">Party → entry</th>"
        + "<th scope=\"col\">Status</th><th scope=\"col\">Reason</th><th scope=\"col\">Reviewer</th><th scope=\"col\">When</th>"
        + "<th scope=\"col\"></th></tr></thead><tbody>");
    for (Hit h : decided) body.append(decidedHit(h, session, canDecide));
    if (!decided.isEmpty()) body.append("</tbody></table>");
    body.append("<script src=\"/static/review.js\"></script>");
    ctx.html(Html.page("Review queue", "Review", session, body.toString()));
  }

  private static String pendingHit(Hit h, Sessions.Session session, boolean canDecide) {
    String id = "hit-" + h.id();
    StringBuilder s = new StringBuilder("<article class=\"hit pending\" tabindex=\"0\" id=\"").append(id)
        .append("\" data-hit=\"").append(h.id()).append("\" aria-labelledby=\"").append(id).append("-title\"><h3 id=\"")
        .append(id).append("-title\">Hit ").append(h.id()).append(": ").append(Html.esc(h.externalId())).append(" → <a href=\"/ui/entities/")
        .append(Html.url(h.evidence().entityId())).append("\">").append(Html.esc(h.evidence().caption())).append("</a></h3><p>score ")
        .append(String.format(Locale.ROOT, "%.3f", h.evidence().score())).append(" · matched ")
        .append(Html.esc(String.join(", ", h.evidence().matchedNames()))).append(" · version ").append(h.version()).append("</p>");
    if (h.changeNote() != null) s.append("<p class=\"changed\"><strong>Reopened, what changed:</strong> ").append(Html.esc(h.changeNote())).append("</p>");
    if (canDecide) {
      s.append("<form method=\"post\" action=\"/ui/hits/").append(h.id()).append("/decide\" class=\"decide\">").append(Html.csrf(session))
          .append("<input type=\"hidden\" name=\"expect_version\" value=\"").append(h.version()).append("\">")
          .append("<label for=\"").append(id).append("-reason\">Reason</label><input id=\"").append(id)
          .append("-reason\" name=\"reason\" maxlength=\"2000\" autocomplete=\"off\">")
          .append("<button type=\"submit\" name=\"status\" value=\"confirmed\" data-key=\"c\">Confirm (c)</button>")
          .append("<button type=\"submit\" name=\"status\" value=\"cleared\" data-key=\"x\">Clear (x)</button>")
          .append("<button type=\"submit\" name=\"status\" value=\"escalated\" data-key=\"e\">Escalate (e)</button></form>");
    }
    return s.append("</article>").toString();
  }

  private static String decidedHit(Hit h, Sessions.Session session, boolean canDecide) {
    String undo = !canDecide ? "" : "<form method=\"post\" action=\"/ui/hits/" + h.id() + "/undo\" class=\"undo\">" + Html.csrf(session)
        + "<input type=\"hidden\" name=\"expect_version\" value=\"" + h.version() + "\"><button type=\"submit\">Undo</button></form>";
    return "<tr id=\"decided-" + h.id() + "\"><td>" + h.id() + "</td><td>" + Html.esc(h.externalId()) + " → " + Html.esc(h.evidence().caption())
        + "</td><td class=\"status " + h.status().sql() + "\">" + h.status().sql() + "</td><td>" + Html.esc(h.reason()) + "</td><td>"
        + Html.esc(h.reviewer()) + "</td><td>" + h.decidedAt().toString().replaceFirst("\\.\\d+Z$", "Z") + "</td><td>" + undo + "</td></tr>";
  }

  private static void flash(Context ctx, StringBuilder body) {
    String done = ctx.queryParam("done");
    String error = ctx.queryParam("error");
    if (done != null) body.append("<p class=\"flash ok\" role=\"status\">").append(Html.esc(done)).append("</p>");
    if (error != null) body.append("<p class=\"flash error\" role=\"alert\">").append(Html.esc(error)).append("</p>");
  }

  /** {@code POST /ui/hits/{id}/decide}: the form above; back to the queue with what happened. */
  public void decide(Context ctx) {
    Sessions.Session session = checkForm(ctx);
    long id = hitId(ctx);
    try {
      HitStatus status = HitStatus.parse(String.valueOf(ctx.formParam("status")));
      Hit h = backend.cases().decide(new Decision(id, status, blankToNull(ctx.formParam("reason")), session.principal().name(),
          version(ctx)));
      back(ctx, "done", "Hit " + id + " " + h.status().sql() + ".");
    } catch (DecisionConflictException e) {
      back(ctx, "error", "Not saved: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      back(ctx, "error", "Not saved: " + e.getMessage());
    }
  }

  /** {@code POST /ui/hits/{id}/undo}. */
  public void undo(Context ctx) {
    Sessions.Session session = checkForm(ctx);
    long id = hitId(ctx);
    try {
      Hit h = backend.cases().undo(id, session.principal().name(), version(ctx));
      back(ctx, "done", "Hit " + id + " is " + h.status().sql() + " again (undone).");
    } catch (DecisionConflictException | IllegalArgumentException | IllegalStateException e) {
      back(ctx, "error", "Not undone: " + e.getMessage());
    }
  }

  /** A UI form must come from a session and carry its CSRF token. */
  static Sessions.Session checkForm(Context ctx) {
    Sessions.Session s = Access.session(ctx).orElseThrow(() -> new ApiException(403, "forbidden", "log in first"));
    if (!s.csrf().equals(ctx.formParam("csrf"))) throw new ApiException(403, "forbidden", "stale form; reload the page");
    return s;
  }

  private static long hitId(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("no such hit");
    }
  }

  private static Long version(Context ctx) {
    String v = ctx.formParam("expect_version");
    try {
      return v == null || v.isBlank() ? null : Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("expect_version must be a number");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static void back(Context ctx, String kind, String message) {
    ctx.redirect("/ui/review?" + kind + "=" + Html.url(message), io.javalin.http.HttpStatus.SEE_OTHER);
  }
}
