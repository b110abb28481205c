/**
 * OFAC's legacy delimited files (SDN and the non-SDN consolidated list with NS-CMIC): primary
 * file, aliases, addresses and remark continuations joined per {@code ent_num}.
 */
package org.tiescan.sources.ofac;
