package org.backoffice.logistics.api.catalog;

import java.util.Optional;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Units of measure. Every change is validated here whoever calls, audited and announced in the same transaction;
 * invalid input throws a {@code ValidationFailedException} and stores nothing.
 */
@ProviderType
public interface UnitService {

    /** Creates a unit; a taken code is a {@code ConflictProblem}. */
    Unit create(Unit unit);

    Optional<Unit> get(String code);

    /** Like {@link #get} but a missing unit is a {@code NotFoundProblem}. */
    Unit require(String code);

    /** Sorted by code. */
    Page<Unit> find(UnitQuery query, PageRequest page);

    /**
     * Replaces the name, UN/ECE code, decimals and active flag. The given {@code version} must be the stored one;
     * the decimals of a unit a product counts in cannot change ({@code ConflictProblem}).
     */
    Unit update(String code, Unit unit);
}
