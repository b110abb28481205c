/**
 * Readers for the official XML lists of the UN Security Council, the European Union and the United
 * Kingdom: streamed with StAX one record at a time ({@link org.tiescan.sources.io.XmlRecords}),
 * keeping each listing's legal basis (UN reference number and committee; EU regulation numbers,
 * programme and EUR-Lex URL; UK regime regulations, statement of reasons and UK list reference).
 */
package org.tiescan.sources.intl;
