package org.tiescan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API against a real server on a free port, over the bundled lists. */
class ApiTest {
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
  void healthIsTheOnlyOpenEndpoint() {
    assertThat(s.get("/health", null).statusCode()).isEqualTo(200);
    for (String path : List.of("/lists", "/search?q=Hikvision", "/hits", "/openapi.json", "/reconcile")) {
      HttpResponse<String> r = s.get(path, null);
      assertThat(r.statusCode()).as(path).isEqualTo(401);
      assertThat(TestServer.json(r).path("error").asText()).isEqualTo("unauthorized");
    }
    assertThat(s.get("/lists", "tsk_not-a-real-key").statusCode()).isEqualTo(401);
  }

  @Test
  void yenteMatchFindsHikvisionWithCitationAndExplanation() {
    String body = """
        {"queries": {
          "latin": {"schema": "Company", "properties": {"name": ["Hangzhou Hikvision Digital Technology Co., Ltd."], "country": ["cn"]}},
          "han": {"schema": "Company", "properties": {"name": ["杭州海康威视数字技术股份有限公司"]}},
          "clean": {"schema": "Company", "properties": {"name": ["Northwind Garden Supplies"], "country": ["GB"]}}}}
        """;
    HttpResponse<String> r = s.post("/match/default?limit=3", s.viewer, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode responses = TestServer.json(r).path("responses");
    for (String q : List.of("latin", "han")) {
      JsonNode best = responses.path(q).path("results").path(0);
      assertThat(best.path("caption").asText()).as(q).containsIgnoringCase("hikvision");
      assertThat(best.path("match").asBoolean()).isTrue();
      assertThat(best.path("explanation").path("summary").asText()).isNotBlank();
      List<String> citations = new ArrayList<>();
      best.path("designations").forEach(d -> d.path("citations").forEach(c -> citations.add(c.asText())));
      assertThat(citations).as(q).contains("84 FR 54002");
    }
    assertThat(responses.path("clean").path("results")).isEmpty();
    assertThat(responses.path("clean").path("total").path("value").asInt()).isZero();
  }

  @Test
  void matchScopedToOneDatasetKeepsOnlyItsEntries() {
    String body = "{\"queries\": {\"q\": {\"schema\": \"Company\", \"properties\": {\"name\": [\"Hikvision\"]}}}}";
    JsonNode results = TestServer.json(s.post("/match/us-csl?threshold=0.5", s.viewer, body)).at("/responses/q/results");
    assertThat(results).isNotEmpty();
    results.forEach(x -> assertThat(x.path("datasets").toString()).contains("us-csl"));
    assertThat(s.post("/match/no-such-list", s.viewer, body).statusCode()).isEqualTo(404);
  }

  @Test
  void badRequestsGetClearJsonErrorsWithoutStackTraces() {
    record Case(String body, String expected) {}
    for (Case c : List.of(new Case("{not json", "not valid JSON"), new Case("[]", "JSON object"),
        new Case("{\"queries\": {}}", "'queries'"),
        new Case("{\"queries\": {\"q\": {\"properties\": {\"country\": [\"cn\"]}}}}", "needs a 'name'"),
        new Case("{\"queries\": {\"q\": {\"properties\": {\"weakAlias\": [\"Hikvision\"]}}}}", "'weakAlias' is not matched on"),
        new Case("{\"queries\": {\"q\": {\"schema\": \"Spaceship\", \"properties\": {\"name\": [\"x\"]}}}}", "unknown schema"),
        new Case("{\"threshold\": 7, \"queries\": {\"q\": {\"properties\": {\"name\": [\"x\"]}}}}", "threshold"))) {
      HttpResponse<String> r = s.post("/match/default", s.viewer, c.body());
      assertThat(r.statusCode()).as(c.body()).isEqualTo(400);
      JsonNode e = TestServer.json(r);
      assertThat(e.path("message").asText()).as(c.body()).contains(c.expected());
      assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
    assertThat(s.get("/search?q=x&limit=0", s.viewer).statusCode()).isEqualTo(400);
    assertThat(s.get("/hits/abc", s.viewer).statusCode()).isEqualTo(400);
    assertThat(TestServer.json(s.get("/no/such/path", s.viewer)).path("error").asText()).isEqualTo("not_found");
  }

  @Test
  void searchAcceptsHanAndLatin() {
    JsonNode han = TestServer.json(s.get("/search?q=" + TestServer.form("科大讯飞"), s.viewer));
    JsonNode latin = TestServer.json(s.get("/search?q=iflytek", s.viewer));
    assertThat(latin.path("results").path(0).path("caption").asText()).containsIgnoringCase("iflytek");
    assertThat(han.path("results")).isNotEmpty();
  }

  @Test
  void entityHasDesignationsEvidenceAndNeighbourhood() {
    HttpResponse<String> r = s.get("/entities/ts-hikvision", s.viewer);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode e = TestServer.json(r);
    assertThat(e.path("neighbourhood").path("nodes").size()).isGreaterThan(1);
    assertThat(e.path("neighbourhood").path("edges")).isNotEmpty();
    assertThat(e.path("evidence")).isNotEmpty();
    assertThat(e.has("exposure")).isTrue();
    HttpResponse<String> svg = s.get("/entities/ts-hikvision/graph.svg", s.viewer);
    assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    assertThat(svg.body()).contains("<svg");
    assertThat(s.get("/entities/no-such-entity", s.viewer).statusCode()).isEqualTo(404);
  }

  @Test
  void listsAndDiffs() {
    JsonNode lists = TestServer.json(s.get("/lists", s.viewer)).path("lists");
    List<String> names = new ArrayList<>();
    lists.forEach(l -> names.add(l.path("dataset").asText()));
    assertThat(names).contains("us-csl");
    JsonNode diff = TestServer.json(s.get("/lists/us-csl/diff", s.viewer));
    assertThat(diff.path("message").asText()).contains("only one version");
    assertThat(s.get("/lists/us-csl/diff?since=yesterday", s.viewer).statusCode()).isEqualTo(400);
    assertThat(s.get("/lists/nothing/diff", s.viewer).statusCode()).isEqualTo(404);
  }

  @Test
  void decisionsNeedAReviewerAndConflictsAnswer409() {
    JsonNode pending = TestServer.json(s.get("/hits", s.viewer)).path("hits");
    assertThat(pending.size()).isGreaterThan(3);
    JsonNode hit = pending.path(0);
    long id = hit.path("hit").asLong();
    long version = hit.path("version").asLong();
    String decision = "{\"status\": \"cleared\", \"reason\": \"other company\", \"expect_version\": " + version + "}";
    assertThat(s.post("/hits/" + id + "/decision", s.viewer, decision).statusCode()).isEqualTo(403);

    HttpResponse<String> done = s.post("/hits/" + id + "/decision", s.reviewer, decision);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    assertThat(TestServer.json(done).path("status").asText()).isEqualTo("cleared");
    assertThat(TestServer.json(done).path("reviewer").asText()).startsWith("reviewer-");
    assertThat(TestServer.json(s.get("/hits/" + id, s.viewer)).path("status").asText()).isEqualTo("cleared");

    HttpResponse<String> stale = s.post("/hits/" + id + "/decision", s.reviewer,
        "{\"status\": \"confirmed\", \"reason\": \"same company\", \"expect_version\": " + version + "}");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(TestServer.json(stale).path("error").asText()).isEqualTo("conflict");

    assertThat(s.post("/hits/" + id + "/decision", s.reviewer, "{\"status\": \"confirmed\"}").statusCode()).isEqualTo(400);
    assertThat(s.post("/hits/" + id + "/decision", s.reviewer, "{\"status\": \"maybe\", \"reason\": \"x\"}").statusCode()).isEqualTo(400);

    HttpResponse<String> undone = s.post("/hits/" + id + "/undo", s.reviewer, "");
    assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
    assertThat(TestServer.json(undone).path("status").asText()).isEqualTo("pending");
    assertThat(s.post("/hits/999999/decision", s.reviewer, decision).statusCode()).isEqualTo(404);
  }

  @Test
  void aCsvBodyIsScreenedAndRecordedAsARun() throws Exception {
    String csv;
    try (var in = ApiTest.class.getResourceAsStream("/register.csv")) {
      csv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base() + "/runs?filename=suppliers.csv"))
        .header("Authorization", "Bearer " + s.reviewer).header("Content-Type", "text/csv")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv)).build();
    HttpResponse<String> r = s.send(request);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode out = TestServer.json(r);
    assertThat(out.path("records").asInt()).isEqualTo(11);
    assertThat(out.path("with_hits").asInt()).isBetween(5, 10);
    assertThat(out.path("results").size()).isEqualTo(11);
    JsonNode hikvision = null;
    for (JsonNode rec : out.path("results")) if (rec.at("/input/supplier_id").asText().equals("SUP-00120")) hikvision = rec;
    assertThat(hikvision.at("/results/0/caption").asText()).containsIgnoringCase("hikvision");
    assertThat(out.at("/results/0/input/supplier_id").asText()).isEqualTo("SUP-00001");
    assertThat(out.at("/results/0/results")).isEmpty();

    JsonNode runs = TestServer.json(s.get("/runs", s.viewer)).path("runs");
    long id = -1;
    for (JsonNode run : runs) if (run.path("input").asText().endsWith("suppliers.csv")) id = run.path("id").asLong();
    assertThat(id).isPositive();
    JsonNode run = TestServer.json(s.get("/runs/" + id, s.viewer));
    assertThat(run.path("status").asText()).isEqualTo("finished");
    assertThat(run.path("results")).isNotEmpty();
    assertThat(s.get("/runs/999999", s.viewer).statusCode()).isEqualTo(404);

    var plain = java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base() + "/runs"))
        .header("Authorization", "Bearer " + s.reviewer).header("Content-Type", "text/plain")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv)).build();
    assertThat(s.send(plain).statusCode()).isEqualTo(415);
    var noName = java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base() + "/runs"))
        .header("Authorization", "Bearer " + s.reviewer).header("Content-Type", "text/csv")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("colour,size\nred,3\n")).build();
    HttpResponse<String> bad = s.send(noName);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(bad).path("message").asText()).contains("name");
    var ships = java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base() + "/runs?schema=Vessel"))
        .header("Authorization", "Bearer " + s.reviewer).header("Content-Type", "text/csv")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("name\nHERO II\nHangzhou Hikvision Digital Technology\n")).build();
    JsonNode vessels = TestServer.json(s.send(ships));
    assertThat(vessels.at("/results/0/results/0/caption").asText()).isEqualTo("HERO II");
    assertThat(vessels.at("/results/1/results")).as("a company does not answer a query for a vessel").isEmpty();
    var unknown = java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base() + "/runs?schema=Boat"))
        .header("Authorization", "Bearer " + s.reviewer).header("Content-Type", "text/csv")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("name\nHERO II\n")).build();
    assertThat(s.send(unknown).statusCode()).isEqualTo(400);
  }

  /** A query's weak alias is kept out of matching, as FollowTheMoney says: only its name finds entries. */
  @Test
  void aQuerysWeakAliasIsNotMatchedOn() {
    String body = "{\"queries\": {\"q\": {\"schema\": \"Company\", \"properties\": {\"name\": [\"Zhejiang Dahua Technology\"], "
        + "\"weakAlias\": [\"Hangzhou Hikvision Digital Technology\"]}}}}";
    JsonNode results = TestServer.json(s.post("/match/default?limit=10", s.viewer, body)).at("/responses/q/results");
    assertThat(results).isNotEmpty();
    assertThat(results.path(0).path("caption").asText()).containsIgnoringCase("dahua");
    results.forEach(r -> assertThat(r.path("caption").asText()).doesNotContainIgnoringCase("hikvision"));
  }

  /** The web search asks for organisations and people unless another kind of entry is chosen: a ship is found as a vessel. */
  @Test
  void theWebSearchLooksForTheChosenKindOfEntry() {
    String ships = s.get("/ui/search?q=" + TestServer.form("HERO II") + "&kind=Vessel", s.viewer).body();
    assertThat(ships).contains("<option value=\"Vessel\" selected>").contains(">HERO II</a>");
    String organisations = s.get("/ui/search?q=" + TestServer.form("HERO II"), s.viewer).body();
    assertThat(organisations).contains("<option value=\"LegalEntity\" selected>").doesNotContain(">HERO II</a>");
    assertThat(s.get("/ui/search?q=" + TestServer.form("HERO II") + "&kind=Thing", s.viewer).body()).contains(">HERO II</a>");
    HttpResponse<String> unknown = s.get("/ui/search?q=" + TestServer.form("HERO II") + "&kind=Boat", s.viewer);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("Unknown kind of entry “Boat”").doesNotContain(">HERO II</a>");
  }

  @Test
  void keysAreAdminOnlyAndShownOnce() {
    assertThat(s.get("/keys", s.reviewer).statusCode()).isEqualTo(403);
    HttpResponse<String> created = s.post("/keys", s.admin, "{\"name\": \"api-made\", \"role\": \"viewer\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    String key = TestServer.json(created).path("key").asText();
    assertThat(s.get("/lists", key).statusCode()).isEqualTo(200);
    String listing = s.get("/keys", s.admin).body();
    assertThat(listing).contains("api-made").doesNotContain(key);
    assertThat(s.post("/keys", s.admin, "{\"name\": \"bad name!\"}").statusCode()).isEqualTo(400);
    assertThat(s.request("DELETE", "/keys/api-made", s.admin).statusCode()).isEqualTo(200);
  }

  @Test
  void securityHeadersAndNoCorsByDefault() {
    HttpResponse<String> page = s.get("/login", null);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'")
        .contains("script-src 'self'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    var preflight = java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base() + "/lists"))
        .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
        .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET").build();
    assertThat(s.send(preflight).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    var cross = java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base() + "/lists"))
        .header("Origin", "https://evil.example").header("Authorization", "Bearer " + s.viewer).build();
    assertThat(s.send(cross).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void tooLargeBodiesAreRefused() {
    String big = "{\"queries\": {\"q\": {\"properties\": {\"name\": [\"" + "x".repeat(1_100_000) + "\"]}}}}";
    HttpResponse<String> r = s.post("/match/default", s.viewer, big);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).doesNotContain("Exception");
  }
}
