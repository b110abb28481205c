package org.tiescan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The per-key rate limit (429 with Retry-After, other keys unaffected) and CORS for one named origin. */
class LimitsTest {
  @Test
  void aKeyOverItsRateGets429() {
    try (TestServer s = TestServer.start(ServerOptions.defaults().withRate(2))) {
      int limited = 0;
      HttpResponse<String> last = null;
      for (int i = 0; i < 12; i++) {
        last = s.get("/lists", s.viewer);
        if (last.statusCode() == 429) limited++;
      }
      assertThat(limited).isGreaterThan(0);
      assertThat(TestServer.json(last).path("error").asText()).isEqualTo("rate_limited");
      assertThat(last.headers().firstValue("Retry-After")).isPresent();
      assertThat(s.get("/lists", s.admin).statusCode()).isEqualTo(200);
      assertThat(s.get("/health", null).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void corsOnlyForTheConfiguredOrigin() {
    ServerOptions cors = new ServerOptions("127.0.0.1", 0, 1000, ServerOptions.DEFAULT_MAX_BODY, "https://app.example");
    try (TestServer s = TestServer.start(cors)) {
      HttpResponse<String> preflight = s.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base() + "/lists"))
          .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).header("Origin", "https://app.example")
          .header("Access-Control-Request-Method", "GET").build());
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example");
      HttpResponse<String> other = s.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base() + "/lists"))
          .header("Origin", "https://evil.example").header("Authorization", "Bearer " + s.viewer).build());
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(s.get("/lists", null).statusCode()).isEqualTo(401);
    }
  }
}
