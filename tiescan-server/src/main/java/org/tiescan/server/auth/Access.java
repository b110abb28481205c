package org.tiescan.server.auth;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;
import org.tiescan.server.ApiException;

/**
 * Who may call what, checked before every matched route: an API key (header {@code Authorization:
 * Bearer KEY} or {@code X-API-Key}), or for the web UI a session cookie; then the per-key rate
 * limit; then the route's role. A route registered without a role needs at least {@link Role#VIEWER};
 * only routes marked {@link #PUBLIC} (health, login page, style sheet) are open.
 */
public final class Access {
  /** The role marker of the few routes that need no key. */
  public enum Open implements RouteRole { ANYONE }

  public static final RouteRole PUBLIC = Open.ANYONE;
  private static final String PRINCIPAL = "tiescan.principal";
  private static final String SESSION = "tiescan.session";

  private final ApiKeys keys;
  private final Sessions sessions;
  private final RateLimiter limiter;

  public Access(ApiKeys keys, Sessions sessions, RateLimiter limiter) {
    this.keys = keys;
    this.sessions = sessions;
    this.limiter = limiter;
  }

  public void check(Context ctx) {
    Set<RouteRole> roles = ctx.routeRoles();
    // a CORS preflight carries no credentials; it only exists when --cors-origin turned CORS on
    if (roles.contains(PUBLIC) || ctx.method() == io.javalin.http.HandlerType.OPTIONS) return;
    Principal p = fromKey(ctx).or(() -> fromSession(ctx)).orElse(null);
    if (p == null) {
      if (isUi(ctx)) {
        ctx.redirect("/login");
        ctx.skipRemainingHandlers();
        return;
      }
      throw new ApiException(401, "unauthorized", "send an API key: 'Authorization: Bearer KEY' (create one with "
          + "`tiescan serve --create-key NAME --role viewer`)");
    }
    if (!limiter.tryAcquire(p.keyId())) {
      ctx.header("Retry-After", String.valueOf(limiter.retryAfterSeconds()));
      throw new ApiException(429, "rate_limited", "too many requests for key '" + p.name() + "'; slow down");
    }
    Role needed = roles.stream().filter(Role.class::isInstance).map(Role.class::cast).min(Enum::compareTo).orElse(Role.VIEWER);
    if (!p.role().includes(needed)) {
      throw new ApiException(403, "forbidden", "key '" + p.name() + "' is a " + p.role().key() + " key; this needs "
          + needed.key());
    }
    ctx.attribute(PRINCIPAL, p);
  }

  private Optional<Principal> fromKey(Context ctx) {
    String auth = ctx.header("Authorization");
    String key = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : ctx.header("X-API-Key");
    // OpenRefine cannot send headers: the reconciliation service alone takes the key in its URL
    if (key == null && ctx.path().startsWith("/reconcile")) key = ctx.queryParam("api_key");
    if (key == null) return Optional.empty();
    Optional<Principal> p = keys.verify(key);
    if (p.isEmpty()) throw new ApiException(401, "unauthorized", "this API key is not valid (unknown or revoked)");
    return p;
  }

  private Optional<Principal> fromSession(Context ctx) {
    if (!isUi(ctx)) return Optional.empty();
    Optional<Sessions.Session> s = sessions.get(ctx.cookie(Sessions.COOKIE));
    s.ifPresent(x -> ctx.attribute(SESSION, x));
    return s.map(Sessions.Session::principal);
  }

  private static boolean isUi(Context ctx) {
    return ctx.path().equals("/") || ctx.path().startsWith("/ui");
  }

  /** The caller of a route that passed {@link #check}. */
  public static Principal principal(Context ctx) {
    Principal p = ctx.attribute(PRINCIPAL);
    if (p == null) throw new IllegalStateException("no principal: route not behind Access.check");
    return p;
  }

  /** The browser session of a UI request, if it came with one. */
  public static Optional<Sessions.Session> session(Context ctx) {
    return Optional.ofNullable(ctx.attribute(SESSION));
  }
}
