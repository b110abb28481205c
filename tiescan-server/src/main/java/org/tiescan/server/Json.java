package org.tiescan.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.tiescan.screen.report.ResultJson;

/** JSON in and out of handlers, with the same mapper as the screening reports. */
public final class Json {
  private Json() {}

  public static ObjectMapper mapper() {
    return ResultJson.mapper();
  }

  public static ObjectNode object() {
    return mapper().createObjectNode();
  }

  public static void send(Context ctx, int status, JsonNode body) {
    try {
      ctx.status(status).contentType("application/json; charset=utf-8").result(mapper().writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  public static void send(Context ctx, JsonNode body) {
    send(ctx, 200, body);
  }

  /** The request body as a JSON object. @throws ApiException 400 when it is not one */
  public static JsonNode body(Context ctx) {
    String text = ctx.body();
    if (text.isBlank()) throw ApiException.badRequest("the request body is empty; send a JSON object");
    try {
      JsonNode n = mapper().readTree(text);
      if (n == null || !n.isObject()) throw ApiException.badRequest("the request body must be a JSON object");
      return n;
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("the request body is not valid JSON: " + e.getOriginalMessage()
          + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    }
  }

  /** The error body every 4xx/5xx answer has. */
  public static ObjectNode error(int status, String code, String message) {
    return object().put("status", status).put("error", code).put("message", message);
  }
}
