package org.tiescan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The static OpenAPI description and the routes the server registers must say the same. */
class OpenApiTest {
  @Test
  void everyRouteIsDescribedWithItsRoleAndNothingElse() throws Exception {
    JsonNode spec;
    try (var in = TiescanServer.class.getResourceAsStream("openapi.json")) {
      spec = TestServer.JSON.readTree(in);
    }
    Set<String> described = new TreeSet<>();
    spec.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
      described.add(m.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey() + " " + m.getValue().path("x-tiescan-role").asText());
    }));
    Set<String> served = new TreeSet<>();
    try (TestServer s = TestServer.start()) {
      s.server.routes().forEach(r -> served.add(r.method().name() + " " + r.path() + " " + r.role()));
      assertThat(TestServer.json(s.get("/openapi.json", s.viewer)).path("openapi").asText()).startsWith("3.");
    }
    assertThat(described).isEqualTo(served);
  }
}
