package org.tiescan.server;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiescan.cli.CaseStoreOption;
import org.tiescan.cli.CliContext;
import org.tiescan.cli.DataException;
import org.tiescan.cli.ExitCodes;
import org.tiescan.cli.Workspaces;
import org.tiescan.server.auth.ApiKeys;
import org.tiescan.server.auth.Role;
import org.tiescan.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tiescan serve}: the HTTP API and web UI, and the API keys they accept. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Starts the HTTP API (yente-style POST /match/{dataset}, /search, /entities/{id}, the review queue and "
        + "decisions, list status and diffs, the OpenRefine reconciliation service) and the web UI at /ui, on one port. "
        + "Every request needs an API key except GET /health; see GET /openapi.json.",
        "Key management (prints and exits): --create-key NAME --role viewer|reviewer|admin prints the new key ONCE "
        + "(only its SHA-256 is stored); --list-keys; --revoke-key NAME."},
    footer = {"%nExamples:%n  tiescan serve --create-key alice --role reviewer%n  tiescan serve --port 8080%n"
        + "  tiescan serve --monitor-every 24h%n", ExitCodes.TABLE})
public final class ServeCommand implements Callable<Integer> {
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  private final CliContext ctx;
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = ServerOptions.DEFAULT_PORT;

  @Option(names = "--bind", paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}). No TLS: expose it only behind a TLS proxy.")
  String bind = ServerOptions.DEFAULT_BIND;

  @Option(names = "--rate-limit", paramLabel = "N", description = "Requests a second per API key (bursts of 2N; default: ${DEFAULT-VALUE}); 429 beyond.")
  double rate = ServerOptions.DEFAULT_RATE;

  @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body (default: ${DEFAULT-VALUE}); 413 beyond.")
  long maxBody = ServerOptions.DEFAULT_MAX_BODY;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "Allow browser calls from this one origin (default: CORS off).")
  String corsOrigin;

  @Option(names = "--monitor-every", paramLabel = "DURATION",
      description = "Rescreen the counterparty register on this schedule (e.g. 24h, 30m), after loading list versions "
          + "imported meanwhile; new and reopened hits go to the review queue (default: off).")
  String monitorEvery;

  @Option(names = "--monitor-webhook", paramLabel = "URL",
      description = "POST each scheduled run's new and reopened hits as JSON to URL (retried, logged in the case store).")
  String monitorWebhook;

  @Option(names = "--create-key", paramLabel = "NAME", description = "Create an API key, print it once, exit.")
  String createKey;

  @Option(names = "--role", paramLabel = "ROLE", description = "Role of --create-key: viewer, reviewer or admin (default: viewer).")
  String role = "viewer";

  @Option(names = "--list-keys", description = "List the API keys (names, roles, prefixes; never the keys), exit.")
  boolean listKeys;

  @Option(names = "--revoke-key", paramLabel = "NAME", description = "Revoke the key of that name, exit.")
  String revokeKey;

  @Mixin CaseStoreOption caseStore;

  public ServeCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    if (createKey != null || listKeys || revokeKey != null) return manageKeys();
    Duration every = monitorEvery == null ? null : duration(monitorEvery);
    if (rate <= 0) throw new ParameterException(spec.commandLine(), "--rate-limit must be positive");
    if (port < 0 || port > 65535) throw new ParameterException(spec.commandLine(), "--port must be 0-65535");
    ctx.err().println("tiescan serve: loading lists, match index and ownership graph from " + caseStore.dataDir() + "…");
    Backend backend = new Backend(() -> Workspaces.openReady(ctx, caseStore.dataDir()), data(), caseStore.open());
    TiescanServer server;
    try {
      server = TiescanServer.start(backend, new ServerOptions(bind, port, rate, maxBody, corsOrigin), this::log);
    } catch (RuntimeException e) {
      backend.close();
      throw new DataException("cannot listen on " + bind + ":" + port + ": " + e.getMessage(), e);
    }
    if (monitorWebhook != null) server.monitor().deliverTo(monitorWebhook);
    if (every != null) server.monitor().start(every);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      backend.close();
      stopped.countDown();
    }, "tiescan-serve-stop"));
    ctx.err().println("tiescan serve: listening on http://" + bind + ":" + server.port() + "  (UI: /ui, API description: "
        + "/openapi.json" + (every == null ? "" : ", monitor every " + monitorEvery) + "); Ctrl-C stops");
    if (backend.keys().list().stream().noneMatch(k -> k.revokedAt() == null)) {
      ctx.err().println("tiescan serve: no API key yet; create one with `tiescan serve --create-key NAME --role admin`");
    }
    stopped.await();
    return ExitCodes.OK;
  }

  private synchronized void log(String line) {
    ctx.err().println("tiescan serve: " + line);
    ctx.err().flush();
  }

  private int manageKeys() {
    try (DataDirectory data = data()) {
      ApiKeys keys = ApiKeys.open(data);
      if (createKey != null) {
        ApiKeys.CreatedKey k;
        try {
          k = keys.create(createKey, Role.parse(role));
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ctx.out().println(k.key());
        ctx.err().println("API key '" + createKey + "' (" + k.principal().role().key() + ") created; it is shown only now, "
            + "keep it safe. Use it as 'Authorization: Bearer KEY' or log in at /login.");
      }
      if (revokeKey != null && !keys.revoke(revokeKey)) throw new ParameterException(spec.commandLine(), "no live key named '" + revokeKey + "'");
      if (revokeKey != null) ctx.err().println("API key '" + revokeKey + "' revoked.");
      if (listKeys) {
        keys.list().forEach(k -> ctx.out().printf(Locale.ROOT, "%-20s %-8s %s…  created %s%s%n", k.name(), k.role().key(), k.prefix(),
            k.createdAt(), k.revokedAt() == null ? "" : "  REVOKED " + k.revokedAt()));
      }
      return ExitCodes.OK;
    }
  }

  private DataDirectory data() {
    try {
      return DataDirectory.open(caseStore.dataDir());
    } catch (java.io.IOException | RuntimeException e) {
      throw new DataException("cannot open the data directory " + caseStore.dataDir() + ": " + e.getMessage(), e);
    }
  }

  /** "24h", "30m", "10s", "500ms", "1d". */
  Duration duration(String s) {
    Matcher m = DURATION.matcher(s.strip().toLowerCase(Locale.ROOT));
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new ParameterException(spec.commandLine(), "--monitor-every wants a duration like 24h, 30m or 90s, got '" + s + "'");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }
}
