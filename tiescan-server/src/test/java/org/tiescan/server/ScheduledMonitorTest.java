package org.tiescan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tiescan.cli.Monitor;
import org.tiescan.store.cases.Counterparty;

/**
 * The scheduled monitor (issue 8) inside the server: with a short interval it rescreens the
 * register by itself; a party added to the register meanwhile shows up as a new pending hit, and
 * hits already known are not reported again.
 */
class ScheduledMonitorTest {
  @Test
  void rescreensTheRegisterOnSchedule() throws Exception {
    try (TestServer s = TestServer.start()) {
      Backend b = TestServer.backend();
      Counterparty template = b.cases().counterparties().get(0);
      b.cases().register("SCHEDULED-1", Map.of("supplier_id", "SCHEDULED-1", "name", "Zhejiang Dahua Technology Co., Ltd.",
          "country", "CN"), template.mappingJson());
      // a receiver on loopback, as a webhook consumer would be
      com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
          new java.net.InetSocketAddress("127.0.0.1", 0), 0);
      java.util.List<String> received = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
      receiver.createContext("/hook", ex -> {
        received.add(new String(ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        ex.sendResponseHeaders(204, -1);
        ex.close();
      });
      receiver.start();
      s.server.monitor().deliverTo("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
      s.server.monitor().start(Duration.ofMillis(300));
      long deadline = System.currentTimeMillis() + 60_000;
      while (s.server.monitor().last() == null && System.currentTimeMillis() < deadline) Thread.sleep(100);
      Monitor.Summary first = s.server.monitor().last();
      assertThat(first).as("a scheduled run within a minute").isNotNull();
      assertThat(first.fresh()).isPositive();
      assertThat(first.news().toString()).contains("SCHEDULED-1");
      assertThat(b.cases().pending(null).stream().map(h -> h.externalId()).toList()).contains("SCHEDULED-1");
      // the next run finds nothing new: decisions and pending hits are kept, not reported again
      long firstRun = first.run();
      while (s.server.monitor().last().run() == firstRun && System.currentTimeMillis() < deadline) Thread.sleep(100);
      assertThat(s.server.monitor().last().fresh()).isZero();
      assertThat(s.server.monitor().last().reopened()).isZero();
      receiver.stop(0);
      assertThat(received).hasSize(1);
      assertThat(received.get(0)).contains("SCHEDULED-1").contains("\"run\":" + firstRun);
      List<String> log = List.copyOf(TestServer.LOG);
      assertThat(log).anyMatch(l -> l.startsWith("monitor run "));
    }
  }
}
