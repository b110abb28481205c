/**
 * FollowTheMoney entities as JSON lines: a streaming reader for files of any size (OpenSanctions
 * exports, tiescan's own) and a writer that publishes its file atomically.
 */
package org.tiescan.sources.ftm;
