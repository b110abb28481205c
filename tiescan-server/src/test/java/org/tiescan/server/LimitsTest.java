package org.tiescan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The per-key rate limit answers 429 with Retry-After and leaves other keys alone. */
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
}
