package org.backoffice.finance.api.document;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Tax codes; a small default set is created on an empty database. Changes are validated and audited. */
@ProviderType
public interface TaxCodeService {

    /** Sorted by code. */
    List<TaxCode> list();

    Optional<TaxCode> get(String code);

    /** Like {@link #get} but a missing code is a {@code NotFoundProblem}. */
    TaxCode require(String code);

    /** A taken code is a {@code ConflictProblem}; unknown accounts are a validation failure. */
    TaxCode create(TaxCode taxCode);

    /** Replaces name, rate, accounts and active; {@code version} must be the stored one (else 409). */
    TaxCode update(String code, TaxCode taxCode);
}
