package org.backoffice.partners.api;

import java.util.Optional;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The partners directory. Every change is validated here (not only at the REST edge), audited and announced on the
 * event log in the same transaction; invalid input throws a {@code ValidationFailedException} and stores nothing.
 */
@ProviderType
public interface PartnerService {

    /** Creates a partner; a taken code is a {@code ConflictProblem}. */
    Partner create(Partner partner);

    Optional<Partner> get(String code);

    /** Like {@link #get} but a missing partner is a {@code NotFoundProblem}. */
    Partner require(String code);

    /** Sorted by code. */
    Page<Partner> find(PartnerQuery query, PageRequest page);

    /**
     * Replaces every field of the partner except its code. The given {@code version} must be the stored one, else a
     * {@code ConflictProblem} tells that someone else changed it first.
     */
    Partner update(String code, Partner partner);

    Partner deactivate(String code);

    Partner activate(String code);
}
