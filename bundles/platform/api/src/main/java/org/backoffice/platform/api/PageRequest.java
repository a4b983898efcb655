package org.backoffice.platform.api;

import java.util.List;

import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;

/** Offset paging as used by every list: {@code ?offset=&limit=}, limit 50 by default and 500 at most. */
public record PageRequest(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new ValidationFailedException(List.of(new FieldError("offset", "must be 0 or more")));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationFailedException(
                    List.of(new FieldError("limit", "must be between 1 and " + MAX_LIMIT)));
        }
    }

    /** Applies the defaults for absent query parameters. */
    public static PageRequest of(Integer offset, Integer limit) {
        return new PageRequest(offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }
}
