/** The scheduled monitor: {@code tiescan monitor}'s rescreen of the register, on a timer inside the server. */
package org.tiescan.server.monitor;
