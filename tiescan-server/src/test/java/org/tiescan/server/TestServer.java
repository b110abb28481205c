package org.tiescan.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.tiescan.cli.CliContext;
import org.tiescan.cli.Main;
import org.tiescan.cli.Workspaces;
import org.tiescan.server.auth.Role;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.DirectoryTrees;
import org.tiescan.store.cases.CaseStores;

/**
 * Boots a real server on a free loopback port over one data directory per test JVM (the bundled
 * lists and curated dataset imported once, the register of {@code register.csv} monitored once, so
 * the review queue holds real hits), and hands the test an HTTP client and keys of each role.
 */
final class TestServer implements AutoCloseable {
  static final Path REPO = Path.of("").toAbsolutePath().getParent();
  static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger KEYS = new AtomicInteger();
  private static Path dataDir;
  private static Backend backend;
  static final List<String> LOG = new ArrayList<>();

  final TiescanServer server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER).build();
  final String viewer;
  final String reviewer;
  final String admin;

  private TestServer(ServerOptions options) {
    this(backend(), options);
  }

  private TestServer(Backend b, ServerOptions options) {
    server = TiescanServer.start(b, options.withPort(0), line -> {
      synchronized (LOG) {
        LOG.add(line);
      }
    });
    int n = KEYS.incrementAndGet();
    viewer = b.keys().create("viewer-" + n, Role.VIEWER).key();
    reviewer = b.keys().create("reviewer-" + n, Role.REVIEWER).key();
    admin = b.keys().create("admin-" + n, Role.ADMIN).key();
  }

  static TestServer start() {
    return new TestServer(ServerOptions.defaults().withRate(10_000));
  }

  static TestServer start(ServerOptions options) {
    return new TestServer(options);
  }

  /** A server over a backend of the test's own (closing the server leaves the backend open). */
  static TestServer on(Backend b, ServerOptions options) {
    return new TestServer(b, options);
  }

  /** The shared backend: lists imported and the register monitored once per JVM. */
  static synchronized Backend backend() {
    if (backend != null) return backend;
    System.setProperty("tiescan.bundled.lists", REPO.resolve("data/lists").toString());
    System.setProperty("tiescan.curated.data", REPO.resolve("data/curated").toString());
    try {
      dataDir = Files.createTempDirectory("tiescan-server-test");
      // the backend lives as long as the test JVM: its data directory (≈ 60 MB) goes when the JVM does
      Path created = dataDir;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> DirectoryTrees.deleteQuietly(created)));
      Path register = dataDir.resolve("register.csv");
      try (var in = TestServer.class.getResourceAsStream("/register.csv")) {
        Files.copy(in, register);
      }
      StringWriter err = new StringWriter();
      CliContext ctx = new CliContext(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, Main.defaultOpener());
      int code = Main.run(ctx, "monitor", "--add", register.toString(), "--id-column", "supplier_id", "--data-dir", dataDir.toString());
      if (code != 0) throw new IllegalStateException("monitor failed (" + code + "): " + err);
      DataDirectory data = DataDirectory.open(dataDir);
      backend = new Backend(() -> Workspaces.openReady(ctx, dataDir), data, CaseStores.sqlite(data));
      return backend;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path dataDir() {
    backend();
    return dataDir;
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String path, String key) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
    if (key != null) b.header("Authorization", "Bearer " + key);
    return send(b.build());
  }

  HttpResponse<String> post(String path, String key, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) b.header("Authorization", "Bearer " + key);
    return send(b.build());
  }

  HttpResponse<String> postForm(String path, String key, String form) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(form));
    if (key != null) b.header("Authorization", "Bearer " + key);
    return send(b.build());
  }

  HttpResponse<String> request(String method, String path, String key) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).method(method, HttpRequest.BodyPublishers.noBody())
        .header("Authorization", "Bearer " + key).build());
  }

  HttpResponse<String> send(HttpRequest r) {
    try {
      return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
    }
  }

  static String form(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close();
  }
}
