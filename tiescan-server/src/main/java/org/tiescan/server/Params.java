package org.tiescan.server;

import io.javalin.http.Context;

/** Query and path parameters, validated with a clear 400 naming the parameter. */
public final class Params {
  private Params() {}

  public static double fraction(Context ctx, String name, double fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return fallback;
    try {
      double d = Double.parseDouble(v);
      if (d >= 0 && d <= 1) return d;
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw ApiException.badRequest("parameter '" + name + "' must be a number between 0 and 1, got '" + v + "'");
  }

  public static int count(Context ctx, String name, int fallback, int max) {
    return count(name, ctx.queryParam(name), fallback, max);
  }

  public static int count(String name, String v, int fallback, int max) {
    if (v == null || v.isBlank()) return fallback;
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= 1 && n <= max) return n;
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw ApiException.badRequest("parameter '" + name + "' must be a whole number from 1 to " + max + ", got '" + v + "'");
  }

  public static long id(Context ctx, String name) {
    String v = ctx.pathParam(name);
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("'" + name + "' must be a number, got '" + v + "'");
    }
  }

  /** A required, non-blank text of at most {@code max} characters. */
  public static String text(String name, String v, int max) {
    if (v == null || v.isBlank()) throw ApiException.badRequest("parameter '" + name + "' is required");
    if (v.length() > max) throw ApiException.badRequest("parameter '" + name + "' is longer than " + max + " characters");
    return v.strip();
  }
}
