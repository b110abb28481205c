/**
 * How every reader opens its input: gzip detected by magic bytes, strict UTF-8 decoding that
 * reports the line of a bad byte instead of replacing it, byte-order mark dropped; and CSV streaming
 * with header checks, ragged-row reports and truncation errors by line.
 */
package org.tiescan.sources.io;
