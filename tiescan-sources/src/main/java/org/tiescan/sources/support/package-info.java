/**
 * Knowledge shared by the US list readers: identifier types and the FtM property each goes to,
 * OFAC's remark grammar ("a.k.a. 'X'", "Linked To: Y", "ISIN Z"), country names to ISO codes,
 * OFAC's date style, legal forms that make a name a Company, content-derived ids.
 */
package org.tiescan.sources.support;
