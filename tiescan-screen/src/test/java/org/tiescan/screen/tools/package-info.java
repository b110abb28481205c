/** Small developer tools kept with the tests, e.g. the generator of examples/suppliers.xlsx. */
package org.tiescan.screen.tools;
