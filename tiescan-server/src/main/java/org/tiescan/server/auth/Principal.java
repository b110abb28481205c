package org.tiescan.server.auth;

/** Who is calling: the key's name (shown as the reviewer of decisions) and its role. */
public record Principal(long keyId, String name, Role role) {}
