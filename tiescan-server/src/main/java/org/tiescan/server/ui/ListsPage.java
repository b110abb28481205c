package org.tiescan.server.ui;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.tiescan.cli.LoadedList;
import org.tiescan.server.Backend;
import org.tiescan.server.api.ListApi;
import org.tiescan.server.auth.Access;
import org.tiescan.store.diff.EntityChange;
import org.tiescan.store.diff.EntityRef;
import org.tiescan.store.diff.FieldChange;
import org.tiescan.store.diff.VersionDiff;

/** {@code /ui/lists}: what is loaded and how old, and per list what changed since the previous version. */
public final class ListsPage {
  private static final int SHOWN = 50;
  private final Backend backend;

  public ListsPage(Backend backend) {
    this.backend = backend;
  }

  public void show(Context ctx) {
    StringBuilder body = new StringBuilder("<table class=\"lists\"><thead><tr><th scope=\"col\">List</th><th scope=\"col\">Title</th>"
        + "<th scope=\"col\">Snapshot</th><th scope=\"col\">Entities</th><th scope=\"col\">Imported</th><th scope=\"col\">Source</th>"
        + "</tr></thead><tbody>");
    for (LoadedList l : backend.loaded().workspace().lists()) {
      body.append("<tr><td><a href=\"#diff-").append(Html.esc(l.dataset())).append("\">").append(Html.esc(l.dataset()))
          .append("</a></td><td>").append(Html.esc(l.title())).append("</td><td>").append(Html.esc(l.snapshotDate()))
          .append("</td><td>").append(String.format(Locale.ROOT, "%,d", l.entities())).append("</td><td>")
          .append(Html.esc(l.importedAt() == null ? "" : l.importedAt().replaceFirst("\\.\\d+Z$", "Z"))).append("</td><td>")
          .append(Html.esc(l.source())).append("</td></tr>");
    }
    body.append("</tbody></table><h2>What changed</h2>");
    for (LoadedList l : backend.loaded().workspace().lists()) {
      body.append("<section id=\"diff-").append(Html.esc(l.dataset())).append("\"><h3>").append(Html.esc(l.dataset())).append("</h3>");
      Optional<VersionDiff> d = ListApi.diff(backend, l.dataset(), null);
      body.append(d.map(ListsPage::diff).orElse("<p>Only one version so far: nothing to compare.</p>")).append("</section>");
    }
    ctx.html(Html.page("Lists", "Lists", Access.session(ctx).orElse(null), body.toString()));
  }

  private static String diff(VersionDiff d) {
    StringBuilder s = new StringBuilder("<p>Version ").append(d.fromVersion()).append(" → ").append(d.toVersion()).append(": ")
        .append(d.added().size()).append(" added, ").append(d.removed().size()).append(" removed, ").append(d.changed().size())
        .append(" changed.</p><ul class=\"diff\">");
    d.added().stream().limit(SHOWN).forEach(e -> s.append("<li class=\"added\">+ ").append(ref(e)).append("</li>"));
    d.removed().stream().limit(SHOWN).forEach(e -> s.append("<li class=\"removed\">− ").append(ref(e)).append("</li>"));
    for (EntityChange c : d.changed().stream().limit(SHOWN).toList()) {
      s.append("<li class=\"changed\">~ ").append(ref(c.entity())).append("<ul>");
      for (FieldChange f : c.changes()) {
        s.append("<li>").append(Html.esc(f.field())).append(": ").append(Html.esc(String.join("; ", f.removed()))).append(" → ")
            .append(Html.esc(String.join("; ", f.added()))).append("</li>");
      }
      s.append("</ul></li>");
    }
    return s.append("</ul>").toString();
  }

  private static String ref(EntityRef e) {
    return "<a href=\"/ui/entities/" + Html.url(e.id()) + "\">" + Html.esc(e.caption()) + "</a> <small>" + Html.esc(e.id()) + "</small>";
  }
}
