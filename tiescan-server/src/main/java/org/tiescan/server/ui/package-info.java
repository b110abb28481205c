/**
 * The web UI, rendered on the server as plain HTML with inline SVG (no CDN, no build step): login,
 * dashboard, search, entity, review queue (with keyboard shortcuts from one small script) and lists.
 */
package org.tiescan.server.ui;
