package org.backoffice.finance.api.dunning;

import java.time.LocalDate;
import java.util.List;

/**
 * What a dunning run did or, for a preview, would do.
 *
 * @param run     the saved run; {@code null} for a preview or when there was nothing to dun
 * @param notices the notices issued (for a preview: not numbered, not saved)
 */
public record DunningRunResult(LocalDate date, boolean preview, DunningRun run, List<DunningNotice> notices) {

    public DunningRunResult {
        notices = List.copyOf(notices);
    }
}
