/**
 * Lists are paged with a bounded page size, so that no request can make the registry read and send a whole
 * table: {@code page} (from 0) and {@code size} (1 to 200, default 50), and a {@code sort} field of the list's
 * own choice, {@code -} in front for descending.
 */
package org.aaregistry.paging;
