package org.tiescan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.cases.CaseStore;
import org.tiescan.store.cases.CaseStores;

/**
 * {@code tiescan monitor} end to end on a real CSL slice (tiescan-store's test resources): new hits
 * are reported and delivered to a loopback webhook that fails twice; a cleared hit stays quiet on
 * rescreen; after a list update that changes its entry (simulated: the entry's addresses removed in
 * a copy of the slice) it comes back as reopened with a note saying what changed.
 */
class MonitorCommandTest {
  private static final Path CSL = Path.of("").toAbsolutePath().getParent()
      .resolve("tiescan-store/src/test/resources/csl/csl-2022-05-every47th.csv");
  private static final String WUJIAQU = "Wujiaqu Municipality Public Security Bureau";
  private static final String GAZPROM = "Gazprom Svyaz, OOO";

  @TempDir Path dir;
  private HttpServer receiver;
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @AfterEach
  void stop() {
    if (receiver != null) receiver.stop(0);
  }

  private int run(String... args) {
    out = new StringWriter();
    CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, StoreWorkspace::open);
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data-dir", dir.resolve("data").toString()));
    return Main.run(ctx, all.toArray(String[]::new));
  }

  private List<JsonNode> lines() throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : this.out.toString().split("\n")) if (!l.isBlank()) out.add(new ObjectMapper().readTree(l));
    return out;
  }

  /** A receiver on loopback, port 0, answering 500 to the first {@code failures} requests. */
  private String startReceiver(int failures) throws Exception {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hook", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      int status = requests.incrementAndGet() <= failures ? 500 : 204;
      if (status == 204) bodies.add(body);
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    receiver.start();
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  @Test
  void reportsOnlyNewAndReopenedHitsAndDeliversThemDespiteTwoFailures() throws Exception {
    assertThat(run("lists", "import", "us-csl", CSL.toString())).isZero();
    Path register = dir.resolve("register.csv");
    Files.writeString(register, "supplier_id,name\nW-1," + WUJIAQU + "\nG-2,\"" + GAZPROM + "\"\nX-3,Nothing Alike Bakery\n");
    String hook = startReceiver(2);

    assertThat(run("monitor", "--add", register.toString(), "--webhook", hook, "--webhook-backoff", "10")).isZero();
    List<JsonNode> first = lines();
    assertThat(first).extracting(n -> n.get("counterparty").asText()).contains("W-1", "G-2").doesNotContain("X-3");
    assertThat(first).allMatch(n -> n.get("kind").asText().equals("new"));
    assertThat(requests.get()).as("two failures, then delivered").isEqualTo(3);
    assertThat(bodies).hasSize(1);
    assertThat(new ObjectMapper().readTree(bodies.get(0)).get("count").asInt()).isEqualTo(first.size());
    try (CaseStore store = CaseStores.sqlite(DataDirectory.open(dir.resolve("data")))) {
      assertThat(store.deliveryCounts()).containsExactly(3, 1);
    }

    JsonNode wujiaqu = first.stream().filter(n -> n.get("counterparty").asText().equals("W-1")).findFirst().orElseThrow();
    assertThat(run("decide", wujiaqu.get("hit").asText(), "--status", "confirmed", "--reason", "same bureau",
        "--reviewer", "alice", "--expect-version", "1")).isZero();
    assertThat(run("monitor")).isZero();
    assertThat(lines()).as("nothing new on an unchanged list").isEmpty();

    Path updated = dir.resolve("csl-updated.csv");
    removeAddressesOf(WUJIAQU, updated);
    assertThat(run("lists", "import", "us-csl", updated.toString())).isZero();
    assertThat(run("monitor")).isZero();
    List<JsonNode> after = lines();
    assertThat(after).hasSize(1);
    assertThat(after.get(0).get("kind").asText()).isEqualTo("reopened");
    assertThat(after.get(0).get("hit").asLong()).isEqualTo(wujiaqu.get("hit").asLong());
    assertThat(after.get(0).get("status").asText()).isEqualTo("pending");
    assertThat(after.get(0).get("change").asText()).startsWith("address removed [");

    assertThat(run("review", "--format", "json")).isZero();
    assertThat(lines()).extracting(n -> n.get("hit").asLong()).contains(wujiaqu.get("hit").asLong());
    assertThat(run("audit", "verify")).isZero();
    assertThat(out.toString()).startsWith("audit log intact");
    assertThat(run("audit", "export")).isZero();
    assertThat(lines()).extracting(n -> n.get("kind").asText())
        .containsSubsequence("list-import", "register-import", "monitor-run", "decision", "list-import", "hit-reopened");
  }

  @Test
  void aDecisionOnAStaleVersionIsRefusedWithExitFour() throws Exception {
    assertThat(run("lists", "import", "us-csl", CSL.toString())).isZero();
    Path register = dir.resolve("register.csv");
    Files.writeString(register, "id,name\nW-1," + WUJIAQU + "\n");
    assertThat(run("monitor", "--add", register.toString())).isZero();
    String hit = lines().get(0).get("hit").asText();
    assertThat(run("decide", hit, "--status", "cleared", "--reason", "r", "--reviewer", "alice", "--expect-version", "1"))
        .isZero();
    assertThat(run("decide", hit, "--status", "confirmed", "--reason", "r", "--reviewer", "bob", "--expect-version", "1"))
        .isEqualTo(ExitCodes.DATA);
    assertThat(err.toString()).contains("conflict: hit " + hit + " changed since you read it");
    assertThat(run("decide", hit, "--undo", "--reviewer", "alice")).isZero();
    assertThat(out.toString()).contains("pending").contains("undo of version 2");
  }

  /** A copy of the CSL slice in which one entry lost its addresses, as a list update might do. */
  private static void removeAddressesOf(String name, Path target) throws Exception {
    try (Reader r = Files.newBufferedReader(CSL); Writer w = Files.newBufferedWriter(target)) {
      var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
      List<String> header = parser.getHeaderNames();
      try (CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(w)) {
        for (CSVRecord rec : parser) {
          List<String> row = new ArrayList<>(rec.toList());
          if (rec.get("name").equals(name)) row.set(header.indexOf("addresses"), "");
          p.printRecord(row);
        }
      }
    }
  }
}
