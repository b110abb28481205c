package org.tiescan.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tiescan.match.MatchOptions;
import org.tiescan.server.api.AdminApi;
import org.tiescan.server.api.CaseApi;
import org.tiescan.server.api.EntityApi;
import org.tiescan.server.api.ListApi;
import org.tiescan.server.api.MatchApi;
import org.tiescan.server.api.ReconcileApi;
import org.tiescan.server.api.ScreenApi;
import org.tiescan.server.auth.Access;
import org.tiescan.server.auth.RateLimiter;
import org.tiescan.server.auth.Role;
import org.tiescan.server.auth.Sessions;
import org.tiescan.server.monitor.ScheduledMonitor;
import org.tiescan.server.ui.DashboardPage;
import org.tiescan.server.ui.EntityPage;
import org.tiescan.server.ui.Html;
import org.tiescan.server.ui.ListsPage;
import org.tiescan.server.ui.LoginPage;
import org.tiescan.server.ui.ReviewPage;
import org.tiescan.server.ui.SearchPage;
import org.tiescan.store.cases.DecisionConflictException;

/**
 * The HTTP API and the web UI on one embedded Jetty (Javalin): routes, authentication, limits,
 * security headers and error answers. Every error is a JSON body {@code {status, error, message}}
 * (an HTML page on UI paths); a stack trace goes to the server log only.
 */
public final class TiescanServer implements AutoCloseable {
  /** Pages may load only this origin's style sheet and script; no framing, no inline script. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
  /** The reconciliation preview is shown by OpenRefine in a frame of its own origin. */
  static final String PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'";
  private static final String ERROR_SENT = "tiescan.error-sent";

  private final Javalin app;
  private final List<Route> routes = new ArrayList<>();
  private final ScheduledMonitor monitor;

  private TiescanServer(Backend backend, ServerOptions options, Consumer<String> log) {
    this.monitor = new ScheduledMonitor(backend, MatchOptions.defaults(), log);
    Sessions sessions = new Sessions();
    Access access = new Access(backend.keys(), sessions, new RateLimiter(options.ratePerSecond()));
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = options.maxBodyBytes();
      config.startupWatcherEnabled = false;
      // forms (OpenRefine's batches) are parsed by Jetty, whose own limit would otherwise be 200 kB
      config.jetty.modifyServletContextHandler(h -> h.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, options.maxBodyBytes())));
      if (options.corsOrigin() != null) {
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.allowHost(options.corsOrigin())));
      }
    });
    app.before(TiescanServer::headers);
    app.before(ctx -> {
      if (ctx.contentLength() > options.maxBodyBytes()) {
        throw new ApiException(413, "too_large", "the request body is larger than " + options.maxBodyBytes() + " bytes");
      }
    });
    app.beforeMatched(access::check);
    errors(log);
    routes(backend, sessions);
    app.start(options.bind(), options.port());
  }

  /** Starts the server; {@code log} receives one line per notable event (monitor runs, internal errors). */
  public static TiescanServer start(Backend backend, ServerOptions options, Consumer<String> log) {
    return new TiescanServer(backend, options, log);
  }

  private void routes(Backend backend, Sessions sessions) {
    MatchApi match = new MatchApi(backend);
    EntityApi entity = new EntityApi(backend);
    CaseApi cases = new CaseApi(backend);
    ListApi lists = new ListApi(backend);
    ReconcileApi reconcile = new ReconcileApi(backend);
    AdminApi admin = new AdminApi(backend, monitor);
    LoginPage login = new LoginPage(backend.keys(), sessions);
    ReviewPage review = new ReviewPage(backend);

    add(HandlerType.GET, "/health", ctx -> Json.send(ctx, Json.object().put("status", "ok")), Access.PUBLIC);
    add(HandlerType.GET, "/openapi.json", ctx -> resource(ctx, "openapi.json", "application/json"), Role.VIEWER);
    add(HandlerType.POST, "/match/{dataset}", match::match, Role.VIEWER);
    add(HandlerType.GET, "/search", match::search, Role.VIEWER);
    add(HandlerType.GET, "/entities/{id}", entity::entity, Role.VIEWER);
    add(HandlerType.GET, "/entities/{id}/graph.svg", entity::svg, Role.VIEWER);
    add(HandlerType.GET, "/lists", lists::lists, Role.VIEWER);
    add(HandlerType.GET, "/lists/{dataset}/diff", lists::diff, Role.VIEWER);
    add(HandlerType.GET, "/hits", cases::hits, Role.VIEWER);
    add(HandlerType.GET, "/hits/{id}", cases::hit, Role.VIEWER);
    add(HandlerType.POST, "/hits/{id}/decision", cases::decide, Role.REVIEWER);
    add(HandlerType.POST, "/hits/{id}/undo", cases::undo, Role.REVIEWER);
    add(HandlerType.GET, "/runs", cases::runs, Role.VIEWER);
    add(HandlerType.GET, "/runs/{id}", cases::run, Role.VIEWER);
    add(HandlerType.POST, "/runs", new ScreenApi(backend)::screen, Role.REVIEWER);
    add(HandlerType.POST, "/monitor/run", admin::runMonitor, Role.ADMIN);
    add(HandlerType.GET, "/keys", admin::keys, Role.ADMIN);
    add(HandlerType.POST, "/keys", admin::createKey, Role.ADMIN);
    add(HandlerType.DELETE, "/keys/{name}", admin::revokeKey, Role.ADMIN);
    add(HandlerType.GET, "/reconcile", reconcile::reconcile, Role.VIEWER);
    add(HandlerType.POST, "/reconcile", reconcile::reconcile, Role.VIEWER);
    add(HandlerType.GET, "/reconcile/preview", reconcile::preview, Role.VIEWER);
    add(HandlerType.GET, "/reconcile/suggest/entity", reconcile::suggest, Role.VIEWER);

    add(HandlerType.GET, "/login", login::show, Access.PUBLIC);
    add(HandlerType.POST, "/login", login::login, Access.PUBLIC);
    add(HandlerType.POST, "/logout", login::logout, Access.PUBLIC);
    add(HandlerType.GET, "/static/tiescan.css", ctx -> resource(ctx, "static/tiescan.css", "text/css"), Access.PUBLIC);
    add(HandlerType.GET, "/static/review.js", ctx -> resource(ctx, "static/review.js", "text/javascript"), Access.PUBLIC);
    add(HandlerType.GET, "/", ctx -> ctx.redirect("/ui"), Role.VIEWER);
    add(HandlerType.GET, "/ui", new DashboardPage(backend)::show, Role.VIEWER);
    add(HandlerType.GET, "/ui/search", new SearchPage(backend)::show, Role.VIEWER);
    add(HandlerType.GET, "/ui/entities/{id}", new EntityPage(backend)::show, Role.VIEWER);
    add(HandlerType.GET, "/ui/review", review::show, Role.VIEWER);
    add(HandlerType.POST, "/ui/hits/{id}/decide", review::decide, Role.REVIEWER);
    add(HandlerType.POST, "/ui/hits/{id}/undo", review::undo, Role.REVIEWER);
    add(HandlerType.GET, "/ui/lists", new ListsPage(backend)::show, Role.VIEWER);
  }

  private void add(HandlerType method, String path, Handler handler, RouteRole role) {
    app.addHttpHandler(method, path, handler, role);
    routes.add(new Route(method, path, role == Access.PUBLIC ? "public" : ((Role) role).key()));
  }

  private static void headers(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", ctx.path().startsWith("/static/") ? "max-age=3600" : "no-store");
    if (ctx.path().equals("/reconcile/preview")) {
      ctx.header("Content-Security-Policy", PREVIEW_CSP);
    } else {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Frame-Options", "DENY");
    }
  }

  private void errors(Consumer<String> log) {
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
    app.exception(DecisionConflictException.class, (e, ctx) -> error(ctx, 409, "conflict", e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), code(e.getStatus()), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      log.accept("internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
      if (System.getenv("TIESCAN_DEBUG") != null) e.printStackTrace();
      error(ctx, 500, "internal", "internal error; the server log has the details");
    });
    app.error(404, ctx -> {
      if (ctx.attribute(ERROR_SENT) == null) error(ctx, 404, "not_found", "no such endpoint: " + ctx.method() + " " + ctx.path());
    });
    app.error(405, ctx -> {
      if (ctx.attribute(ERROR_SENT) == null) error(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path());
    });
  }

  private static void error(Context ctx, int status, String code, String message) {
    ctx.attribute(ERROR_SENT, true);
    if (ctx.path().startsWith("/ui")) {
      ctx.status(status).html(Html.page("Error " + status, "", null, "<p class=\"flash error\" role=\"alert\">"
          + Html.esc(message) + "</p><p><a href=\"/ui\">Back to the dashboard</a></p>"));
    } else {
      Json.send(ctx, status, Json.error(status, code, message));
    }
  }

  private static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 413 -> "too_large";
      default -> "http_" + status;
    };
  }

  private static void resource(Context ctx, String name, String type) {
    try (InputStream in = TiescanServer.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      ctx.contentType(type + "; charset=utf-8").result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return app.port();
  }

  /** Every route with its method and the role it needs. */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  public ScheduledMonitor monitor() {
    return monitor;
  }

  @Override
  public void close() {
    monitor.close();
    app.stop();
  }
}
