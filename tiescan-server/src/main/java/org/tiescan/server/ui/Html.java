package org.tiescan.server.ui;

import java.util.List;
import org.tiescan.model.Designation;
import org.tiescan.server.auth.Sessions;

/** Escaping and the page frame shared by every page of the web UI (server-rendered, nothing from a CDN). */
public final class Html {
  private static final List<String[]> NAV = List.of(new String[] {"/ui", "Dashboard"},
      new String[] {"/ui/search", "Search"}, new String[] {"/ui/review", "Review"}, new String[] {"/ui/lists", "Lists"});

  private Html() {}

  /** HTML-escapes text, as the HTML screening report does. */
  public static String esc(String s) {
    return org.tiescan.screen.report.HtmlReport.esc(s);
  }

  /** A URL path segment or query value. */
  public static String url(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** "Entity List (EL) - BIS; 84 FR 54002; since 2019-10-09": a designation on one line. */
  public static String designation(Designation d) {
    StringBuilder s = new StringBuilder(d.list() == null ? d.dataset() : d.list());
    if (!d.programs().isEmpty()) s.append("; program ").append(String.join(", ", d.programs()));
    if (!d.citations().isEmpty()) s.append("; ").append(String.join(", ", d.citations()));
    if (d.startDate() != null) s.append("; since ").append(d.startDate());
    if (d.endDate() != null) s.append(" until ").append(d.endDate());
    return s.toString();
  }

  /** A whole page: header with navigation and the signed-in key, then {@code body}. */
  public static String page(String title, String active, Sessions.Session session, String body) {
    StringBuilder nav = new StringBuilder();
    for (String[] n : NAV) {
      nav.append("<a href=\"").append(n[0]).append('"').append(n[1].equals(active) ? " aria-current=\"page\"" : "")
          .append('>').append(n[1]).append("</a>");
    }
    String who = session == null ? "" : "<form method=\"post\" action=\"/logout\" class=\"who\"><span>"
        + esc(session.principal().name()) + " (" + session.principal().role().key() + ")</span>"
        + csrf(session) + "<button type=\"submit\">Log out</button></form>";
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + " · tiescan</title>"
        + "<link rel=\"stylesheet\" href=\"/static/tiescan.css\"></head><body>"
        + "<a class=\"skip\" href=\"#main\">Skip to content</a>"
        + "<header><a class=\"brand\" href=\"/ui\">tiescan</a><nav aria-label=\"Main\">" + nav + "</nav>" + who + "</header>"
        + "<main id=\"main\"><h1>" + esc(title) + "</h1>" + body + "</main>"
        + "<footer>Hits are leads for a reviewer, not findings. tiescan screens organisations and public records; "
        + "it never scores people.</footer></body></html>\n";
  }

  /** The hidden CSRF field every form of a session posts back. */
  public static String csrf(Sessions.Session session) {
    return session == null ? "" : "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(session.csrf()) + "\">";
  }
}
