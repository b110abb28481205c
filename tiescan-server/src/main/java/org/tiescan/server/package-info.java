/**
 * {@code tiescan serve} (issue 9): the HTTP API and the server-rendered web UI on an embedded Javalin
 * (Jetty) server, plus the scheduled monitor of issue 8. {@link org.tiescan.server.Backend} holds the
 * loaded lists, graph and case store (built once at start); {@link org.tiescan.server.TiescanServer}
 * wires routes, authentication, limits and error answers; the subpackages hold the handlers.
 */
package org.tiescan.server;
