/**
 * JSON endpoints: yente-style matching and search, entities, the case store's review queue and
 * decisions, list status and diffs, admin (keys, monitor), and the OpenRefine reconciliation service.
 */
package org.tiescan.server.api;
