package org.tiescan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.ListVersion;

/**
 * {@code lists update} against a local HTTP server on loopback that serves the real UN Security
 * Council excerpt (tiescan-sources/src/test/resources/official) whole, cut, slow, as an HTML error
 * page or not at all; after every failure the store holds exactly what it held before.
 */
class ListsUpdateTest {
  private static final String LIST = "un-sc-sanctions";
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private HttpServer server;
  private byte[] unXml;

  @BeforeEach
  void start() throws IOException {
    unXml = Files.readAllBytes(Path.of("../tiescan-sources/src/test/resources/official/un-sc-consolidated-excerpt.xml"));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void serve(String path, int status, String contentType, byte[] body, long declaredLength, long delayMs) {
    server.createContext(path, exchange -> {
      sleep(delayMs);
      if (exchange.getRequestHeaders().getFirst("If-None-Match") != null
          && exchange.getRequestHeaders().getFirst("If-None-Match").equals("\"v1\"")) {
        exchange.sendResponseHeaders(304, -1);
        exchange.close();
        return;
      }
      exchange.getResponseHeaders().add("Content-Type", contentType);
      exchange.getResponseHeaders().add("ETag", "\"v1\"");
      exchange.getResponseHeaders().add("Last-Modified", "Fri, 27 Feb 2026 00:00:09 GMT");
      send(exchange, status, body, declaredLength);
    });
  }

  private static void send(HttpExchange exchange, int status, byte[] body, long declaredLength) throws IOException {
    exchange.sendResponseHeaders(status, declaredLength);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(body);
    } catch (IOException expectedWhenShort) {
      // the server complains when fewer bytes than declared were written: that is the test
    } finally {
      exchange.close();
    }
  }

  private int run(String... args) {
    CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, StoreWorkspace::open);
    String[] all = Stream.concat(Stream.of(args), Stream.of("--data-dir=" + dir.resolve("data"))).toArray(String[]::new);
    return Main.run(ctx, all);
  }

  private int update(String path, String... extra) {
    String[] args = Stream.concat(Stream.of("lists", "update", LIST, "--url", LIST + "=" + url(path)), Stream.of(extra))
        .toArray(String[]::new);
    return run(args);
  }

  private List<ListVersion> versions() throws IOException {
    try (DataDirectory data = DataDirectory.open(dir.resolve("data"))) {
      return data.catalog().versions(LIST);
    }
  }

  private void assertNothingChanged(List<ListVersion> before) throws IOException {
    assertThat(versions()).isEqualTo(before);
    try (Stream<Path> files = Files.list(dir.resolve("data"))) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".download-"));
    }
  }

  /** A first good version, so that a failure has something to leave untouched. */
  private List<ListVersion> firstVersion() throws IOException {
    serve("/good.xml", 200, "application/xml", unXml, unXml.length, 0);
    assertThat(update("/good.xml")).as(err.toString()).isEqualTo(ExitCodes.OK);
    List<ListVersion> before = versions();
    assertThat(before).hasSize(1);
    return before;
  }

  @Test
  void downloadsImportsAndRecordsWhereAndWhenThenAsksConditionally() throws Exception {
    firstVersion();
    assertThat(out.toString()).contains("un-sc-sanctions: updated to version 1, 4 entities, 0 records skipped");
    out.getBuffer().setLength(0);
    assertThat(run("lists", "history", LIST)).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("from " + url("/good.xml")).contains("HTTP 200").contains("ETag \"v1\"")
        .contains("Last-Modified Fri, 27 Feb 2026").contains("snapshot 2026-02-27").contains(String.format("%,d bytes", unXml.length));
    out.getBuffer().setLength(0);
    assertThat(update("/good.xml")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("unchanged (HTTP 304 Not Modified)");
    assertThat(versions()).hasSize(1);
    out.getBuffer().setLength(0);
    assertThat(run("match", "Ryonha Machinery Joint Venture")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("KOREA RYONHA MACHINERY JOINT VENTURE CORPORATION");
  }

  @Test
  void notFoundChangesNothing() throws Exception {
    List<ListVersion> before = firstVersion();
    serve("/missing.xml", 404, "text/plain", "no such file".getBytes(StandardCharsets.UTF_8), 12, 0);
    assertThat(update("/missing.xml")).isEqualTo(ExitCodes.NETWORK);
    assertThat(err.toString()).contains("HTTP 404").contains("version 1 stays current");
    assertNothingChanged(before);
  }

  @Test
  void aBodyShorterThanItsContentLengthChangesNothing() throws Exception {
    List<ListVersion> before = firstVersion();
    // a raw socket, because the JDK's HttpServer keeps the connection open after a short body
    try (ServerSocket raw = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread serving = new Thread(() -> serveHalf(raw));
      serving.start();
      String url = "http://127.0.0.1:" + raw.getLocalPort() + "/short.xml";
      assertThat(run("lists", "update", LIST, "--url", LIST + "=" + url, "--timeout", "20")).isEqualTo(ExitCodes.NETWORK);
      serving.join();
    }
    assertThat(err.toString()).contains("not updated").containsAnyOf("cut short", "interrupted after");
    assertNothingChanged(before);
  }

  private void serveHalf(ServerSocket raw) {
    try (Socket s = raw.accept(); OutputStream os = s.getOutputStream()) {
      s.getInputStream().read(new byte[8192]);
      os.write(("HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: " + unXml.length
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      os.write(unXml, 0, unXml.length / 2);
      os.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aFileCutMidRecordDoesNotParseAndChangesNothing() throws Exception {
    List<ListVersion> before = firstVersion();
    String xml = new String(unXml, StandardCharsets.UTF_8);
    byte[] cut = xml.substring(0, xml.indexOf("<ALIAS_NAME>AIGLE")).getBytes(StandardCharsets.UTF_8);
    serve("/cut.xml", 200, "application/xml", cut, cut.length, 0);
    assertThat(update("/cut.xml")).as(err.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(err.toString()).contains("not well-formed XML").contains("version 1 stays current");
    assertNothingChanged(before);
  }

  @Test
  void anHtmlErrorPageIsRefusedWhateverItsContentType() throws Exception {
    List<ListVersion> before = firstVersion();
    byte[] page = "<!DOCTYPE html><html><body>Service unavailable</body></html>".getBytes(StandardCharsets.UTF_8);
    serve("/html", 200, "text/html; charset=utf-8", page, page.length, 0);
    serve("/lying.csv", 200, "text/csv", page, page.length, 0);
    assertThat(update("/html")).isEqualTo(ExitCodes.NETWORK);
    assertThat(err.toString()).contains("sent an HTML page (Content-Type text/html");
    assertThat(update("/lying.csv")).isEqualTo(ExitCodes.NETWORK);
    assertThat(err.toString()).contains("sent an HTML page instead of the list");
    assertNothingChanged(before);
  }

  @Test
  void anotherListsFileAtTheAddressDoesNotParseAndChangesNothing() throws Exception {
    List<ListVersion> before = firstVersion();
    // the EU file where the UN list should be, sent as XML: the content type is right, the list is not
    byte[] eu = Files.readAllBytes(Path.of("../tiescan-sources/src/test/resources/official/eu-fsf-excerpt.xml"));
    serve("/wrong.xml", 200, "application/xml", eu, eu.length, 0);
    assertThat(update("/wrong.xml")).isEqualTo(ExitCodes.DATA);
    assertThat(err.toString()).contains("expected <CONSOLIDATED_LIST>").contains("version 1 stays current");
    assertNothingChanged(before);
  }

  @Test
  void aServerSlowerThanTheTimeoutChangesNothing() throws Exception {
    List<ListVersion> before = firstVersion();
    serve("/slow.xml", 200, "application/xml", unXml, unXml.length, 3000);
    assertThat(update("/slow.xml", "--timeout", "1")).isEqualTo(ExitCodes.NETWORK);
    assertThat(err.toString()).contains("timed out");
    assertNothingChanged(before);
  }

  @Test
  void aListThatShrankByMoreThanHalfIsRefusedUnlessForced() throws Exception {
    List<ListVersion> before = firstVersion();
    String xml = new String(unXml, StandardCharsets.UTF_8);
    // keep only the first INDIVIDUAL of the real excerpt: 1 entity instead of 4
    String shrunk = xml.substring(0, xml.indexOf("    <INDIVIDUAL>\n      <DATAID>6907994"))
        + "  </INDIVIDUALS>\n</CONSOLIDATED_LIST>\n";
    byte[] body = shrunk.getBytes(StandardCharsets.UTF_8);
    serve("/shrunk.xml", 200, "application/xml", body, body.length, 0);
    assertThat(update("/shrunk.xml")).isEqualTo(ExitCodes.DATA);
    assertThat(err.toString()).contains("refusing to import un-sc-sanctions: 1 records, down from 4");
    assertNothingChanged(before);
    assertThat(update("/shrunk.xml", "--force")).isEqualTo(ExitCodes.OK);
    assertThat(versions()).hasSize(2);
  }

  @Test
  void theDownloadGoesThroughTheGivenProxy() throws Exception {
    List<String> proxied = new java.util.concurrent.CopyOnWriteArrayList<>();
    HttpServer proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    proxy.createContext("/", exchange -> {
      proxied.add(exchange.getRequestURI().toString());
      exchange.getResponseHeaders().add("Content-Type", "application/xml");
      send(exchange, 200, unXml, unXml.length);
    });
    proxy.start();
    try {
      // a host that cannot resolve: only a proxy can have fetched it
      String url = "http://un-list.invalid/resources/xml/en/consolidated.xml";
      assertThat(run("lists", "update", LIST, "--url", LIST + "=" + url, "--proxy", "127.0.0.1:" + proxy.getAddress().getPort()))
          .as(err.toString()).isEqualTo(ExitCodes.OK);
      assertThat(proxied).containsExactly(url);
      assertThat(versions()).hasSize(1);
    } finally {
      proxy.stop(0);
    }
    assertThat(run("lists", "update", LIST, "--proxy", "no-port")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--proxy wants HOST:PORT");
  }

  @Test
  void theUkSanctionsListUpdatesFromItsAddressLikeAnyOther() throws Exception {
    byte[] uk = Files.readAllBytes(Path.of("../tiescan-sources/src/test/resources/official/uk-sanctions-list-excerpt.xml"));
    serve("/docs/UK-Sanctions-List.xml", 200, "text/xml", uk, uk.length, 0);
    assertThat(run("lists", "update", "uk-sanctions-list", "--url", "uk-sanctions-list=" + url("/docs/UK-Sanctions-List.xml")))
        .as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("uk-sanctions-list: updated to version 1, 3 entities, 0 records skipped");
    out.getBuffer().setLength(0);
    assertThat(run("match", "EXMO Exchange Ltd")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("EXMO EXCHANGE LIMITED").contains("uk-sanctions-list");
  }

  @Test
  void aListWithoutOfficialDownloadSaysSo() {
    assertThat(run("lists", "update", "us-dod-1260h")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("no official machine-readable download").contains("lists import us-dod-1260h");
  }

  private static void sleep(long ms) {
    if (ms <= 0) return;
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
