package org.tiescan.server.auth;

import io.javalin.security.RouteRole;
import java.util.Locale;

/** What a key may do; each role includes the ones below it. */
public enum Role implements RouteRole {
  /** Search, match, entities, lists, the review queue (read only). */
  VIEWER,
  /** Also decide and undo decisions on hits. */
  REVIEWER,
  /** Also run the monitor, manage keys. */
  ADMIN;

  public boolean includes(Role required) {
    return ordinal() >= required.ordinal();
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException naming the accepted roles */
  public static Role parse(String s) {
    for (Role r : values()) if (r.key().equalsIgnoreCase(s == null ? "" : s.strip())) return r;
    throw new IllegalArgumentException("unknown role '" + s + "' (viewer, reviewer or admin)");
  }
}
