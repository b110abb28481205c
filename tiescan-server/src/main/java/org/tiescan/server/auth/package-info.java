/** API keys (stored as SHA-256), roles, UI sessions, the per-key rate limit and the access check. */
package org.tiescan.server.auth;
