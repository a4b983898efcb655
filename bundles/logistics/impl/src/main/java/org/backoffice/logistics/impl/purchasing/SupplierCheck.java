package org.backoffice.logistics.impl.purchasing;

import java.util.Optional;

/** Whether a partner code may be used as a supplier; private to this bundle. */
public interface SupplierCheck {

    /** Why the code cannot be a supplier (e.g. "does not exist"), or empty when it can or cannot be checked. */
    Optional<String> refusal(String code);
}
