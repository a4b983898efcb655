package org.backoffice.platform.support.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;

/**
 * The paging options every list command has ({@code --offset}, {@code --limit}) and its footer line
 * ({@code 20 of 134 partners}). Karaf reads the options of superclasses too.
 */
public abstract class PagedListCommand implements Action {

    @Option(name = "--offset", description = "Skip this many")
    protected int offset;

    @Option(name = "--limit", aliases = "-n", description = "How many (default 50, at most 500)")
    protected int limit = PageRequest.DEFAULT_LIMIT;

    protected PageRequest page() {
        return new PageRequest(offset, limit);
    }

    /** Prints the rows of {@code page} as {@code table}, then how many of how many {@code noun} were shown. */
    protected <T> void print(Page<T> page, Table<? super T> table, String noun) {
        table.print(page, noun);
    }
}
