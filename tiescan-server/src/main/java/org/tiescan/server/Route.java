package org.tiescan.server;

import io.javalin.http.HandlerType;

/** One registered route, as listed in the OpenAPI description (tests compare the two). */
public record Route(HandlerType method, String path, String role) {}
