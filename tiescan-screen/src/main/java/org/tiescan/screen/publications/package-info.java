/**
 * Research collaboration screening (issue 7): which works were co-authored with people affiliated
 * to listed institutions and companies, per year and per listed entity, with the evidence.
 *
 * <p>Inputs are streamed by {@link org.tiescan.screen.publications.WorkFiles}: OpenAlex works (API
 * pages and snapshot JSON lines), Crossref works (single and {@code message.items}), BibTeX and
 * RIS / Web of Science tagged exports, gzip or not. Each {@link org.tiescan.screen.publications.Affiliation}
 * is resolved to an organisation by {@link org.tiescan.screen.publications.AffiliationResolver} (ROR id,
 * OpenAlex institution, else the raw string's organisation-looking segments matched against a ROR
 * dump, {@link org.tiescan.screen.publications.RorRegistry}); {@link org.tiescan.screen.publications.OrganisationScreener}
 * screens the organisation, its ROR parents and the raw segments against the lists with the
 * {@link org.tiescan.match.Matcher} and the ownership graph. Both cache per distinct key, which is
 * what makes a million works fast. {@link org.tiescan.screen.publications.PublicationScreener} ties it
 * together; reports implement {@link org.tiescan.screen.publications.WorkSink}.
 */
package org.tiescan.screen.publications;
