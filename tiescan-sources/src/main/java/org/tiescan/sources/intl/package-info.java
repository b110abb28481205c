/**
 * Readers for the official XML lists of the UN Security Council and the European Union: streamed
 * with StAX one record at a time ({@link org.tiescan.sources.io.XmlRecords}), keeping each listing's
 * legal basis (UN reference number and committee; EU regulation numbers, programme and EUR-Lex URL).
 */
package org.tiescan.sources.intl;
