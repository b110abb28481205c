/**
 * Readers for list files compiled by third parties (OpenSanctions' transcriptions of the DoD 1260H
 * list, the NDAA sections, BIS MIEU, the FCC Covered List and EU Reg. 2020/1998; the partial UFLPA
 * compilation in the shared data). These files are CC BY-NC or compiled, so tiescan reads them from
 * a path the user gives and never bundles them. They carry no record ids: entity ids are derived
 * from the listed name ({@link org.tiescan.sources.compiled.CompiledRows#nameId}), so the rows of
 * one company (e.g. 1260H's one row per listing period) share one id and one entity per designation.
 */
package org.tiescan.sources.compiled;
