package org.backoffice.finance.api.dunning;

import java.util.List;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Dunning of overdue customer invoices: levels, runs, notices and their letters. Three default levels are created on
 * an empty table. Every change is validated, audited, and a run announces each notice it issues.
 */
@ProviderType
public interface DunningService {

    /** Sorted by level. */
    List<DunningLevel> levels();

    /** A taken level number is a {@code ConflictProblem}; broken rules (days, fee, placeholders) a validation failure. */
    DunningLevel createLevel(DunningLevel level);

    /** Replaces name, days, fee and text; {@code version} must be the stored one (else 409). */
    DunningLevel updateLevel(int level, DunningLevel changes);

    /** Refused ({@code ConflictProblem}) while a notice uses the level. */
    void deleteLevel(int level);

    /**
     * Finds the posted, overdue invoices with a new level due and issues one notice per customer; a preview saves
     * nothing. Re-running a date issues nothing new.
     */
    DunningRunResult run(DunningRunRequest request);

    Page<DunningRun> findRuns(PageRequest page);

    DunningRun requireRun(long id);

    /** Newest first; {@code customer} and {@code run} filter when not {@code null}. */
    Page<DunningNotice> findNotices(String customer, Long run, PageRequest page);

    DunningNotice requireNotice(long id);

    /** The notice's letter as plain text, or as an HTML page (every value escaped). */
    String letter(long id, boolean html);
}
