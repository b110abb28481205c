package org.tiescan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation service with the requests OpenRefine 3.x sends: GET of the service URL for the
 * manifest, then POSTs with a form-encoded {@code queries} batch, previews and suggest calls, the key
 * in the URL (OpenRefine cannot set headers).
 */
class ReconcileTest {
  private static TestServer s;

  @BeforeAll
  static void boot() {
    s = TestServer.start();
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  @Test
  void manifestDescribesTheServiceWithKeyedUrls() {
    HttpResponse<String> r = s.get("/reconcile?api_key=" + s.viewer, null);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode m = TestServer.json(r);
    assertThat(m.path("versions").toString()).contains("0.2");
    assertThat(m.path("identifierSpace").asText()).isNotBlank();
    assertThat(m.path("defaultTypes").toString()).contains("Company").contains("Vessel").contains("Thing");
    assertThat(m.at("/preview/url").asText()).contains("{{id}}").contains("api_key=");
    assertThat(m.at("/view/url").asText()).contains("{{id}}");
  }

  @Test
  void batchOfQueriesAsOpenRefinePostsThem() {
    String queries = """
        {"q0":{"query":"Hangzhou Hikvision Digital Technology Co., Ltd.","type":"Company","type_strict":"should","limit":3,
               "properties":[{"pid":"country","v":"CN"}]},
         "q1":{"query":"科大讯飞股份有限公司","type":"Company","type_strict":"should"},
         "q2":{"query":"Northwind Garden Supplies","type":"Company","type_strict":"should"}}
        """;
    HttpResponse<String> r = s.postForm("/reconcile?api_key=" + s.viewer, null, "queries=" + TestServer.form(queries));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode out = TestServer.json(r);
    JsonNode hik = out.at("/q0/result/0");
    assertThat(hik.path("name").asText()).containsIgnoringCase("hikvision");
    assertThat(hik.path("score").asDouble()).isBetween(90.0, 100.0);
    assertThat(hik.path("type").path(0).path("id").asText()).isNotBlank();
    assertThat(hik.path("description").asText()).contains("84 FR 54002");
    assertThat(out.at("/q1/result/0/name").asText()).containsIgnoringCase("iflytek");
    assertThat(out.at("/q2/result")).isEmpty();
  }

  /** A column of ship names is reconciled as vessels; as companies it finds no ship. */
  @Test
  void vesselsAreReconciledAsVesselsNotAsCompanies() {
    String queries = """
        {"q0":{"query":"HERO II","type":"Vessel"},
         "q1":{"query":"HERO II","type":"Company"}}
        """;
    JsonNode out = TestServer.json(s.postForm("/reconcile?api_key=" + s.viewer, null, "queries=" + TestServer.form(queries)));
    assertThat(out.at("/q0/result/0/name").asText()).isEqualTo("HERO II");
    assertThat(out.at("/q0/result/0/type/0/id").asText()).isEqualTo("Vessel");
    assertThat(out.at("/q1/result").findValuesAsText("id")).noneMatch(t -> t.equals("Vessel"));
  }

  @Test
  void previewAndSuggest() {
    String id = TestServer.json(s.get("/reconcile?queries=" + TestServer.form("{\"q0\":{\"query\":\"Dahua Technology\"}}")
        + "&api_key=" + s.viewer, null)).at("/q0/result/0/id").asText();
    assertThat(id).isNotBlank();
    HttpResponse<String> preview = s.get("/reconcile/preview?id=" + TestServer.form(id) + "&api_key=" + s.viewer, null);
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.body()).containsIgnoringCase("dahua");
    assertThat(preview.headers().firstValue("X-Frame-Options")).isEmpty();
    JsonNode single = TestServer.json(s.get("/reconcile?query=" + TestServer.form("IFLYTEK") + "&api_key=" + s.viewer, null));
    assertThat(single.at("/result/0/name").asText()).containsIgnoringCase("iflytek");
    JsonNode suggest = TestServer.json(s.get("/reconcile/suggest/entity?prefix=megvii&api_key=" + s.viewer, null));
    assertThat(suggest.path("result").path(0).path("name").asText()).containsIgnoringCase("megvii");
  }

  @Test
  void theKeyInTheUrlWorksOnReconcileOnly() {
    assertThat(s.get("/reconcile", null).statusCode()).isEqualTo(401);
    assertThat(s.get("/lists?api_key=" + s.viewer, null).statusCode()).isEqualTo(401);
    assertThat(s.postForm("/reconcile?api_key=" + s.viewer, null, "queries=" + TestServer.form("{broken")).statusCode()).isEqualTo(400);
    HttpResponse<String> huge = s.postForm("/reconcile?api_key=" + s.viewer, null, "queries=" + "x".repeat(1_100_000));
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(TestServer.json(huge).path("error").asText()).isEqualTo("too_large");
  }
}
