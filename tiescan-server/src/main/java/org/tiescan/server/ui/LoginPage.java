package org.tiescan.server.ui;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.tiescan.server.auth.ApiKeys;
import org.tiescan.server.auth.Principal;
import org.tiescan.server.auth.Sessions;

/** {@code /login}: an API key in a form becomes an HttpOnly, SameSite=Strict session cookie. */
public final class LoginPage {
  private final ApiKeys keys;
  private final Sessions sessions;

  public LoginPage(ApiKeys keys, Sessions sessions) {
    this.keys = keys;
    this.sessions = sessions;
  }

  public void show(Context ctx) {
    render(ctx, null);
  }

  private static void render(Context ctx, String error) {
    String body = (error == null ? "" : "<p class=\"flash error\" role=\"alert\">" + Html.esc(error) + "</p>")
        + "<form method=\"post\" action=\"/login\" class=\"login\"><label for=\"key\">API key</label>"
        + "<input id=\"key\" name=\"key\" type=\"password\" required autocomplete=\"current-password\" maxlength=\"100\" autofocus>"
        + "<button type=\"submit\">Log in</button></form><p>Ask an admin for a key "
        + "(<code>tiescan serve --create-key NAME --role reviewer</code>).</p>";
    ctx.html(Html.page("Log in", "", null, body));
  }

  public void login(Context ctx) {
    Optional<Principal> p = keys.verify(ctx.formParam("key") == null ? null : ctx.formParam("key").strip());
    if (p.isEmpty()) {
      ctx.status(HttpStatus.UNAUTHORIZED);
      render(ctx, "That key is not valid (unknown or revoked).");
      return;
    }
    ctx.header("Set-Cookie", Sessions.cookie(sessions.create(p.get())));
    ctx.redirect("/ui", HttpStatus.SEE_OTHER);
  }

  public void logout(Context ctx) {
    sessions.end(ctx.cookie(Sessions.COOKIE));
    ctx.header("Set-Cookie", Sessions.cookie(null));
    ctx.redirect("/login", HttpStatus.SEE_OTHER);
  }
}
