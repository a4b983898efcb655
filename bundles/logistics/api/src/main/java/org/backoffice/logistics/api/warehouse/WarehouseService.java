package org.backoffice.logistics.api.warehouse;

import java.util.List;
import java.util.Optional;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Warehouses and their locations. Changes are validated, audited and announced in one transaction. */
@ProviderType
public interface WarehouseService {

    /** Creates the warehouse with its root, receiving and shipping locations; a taken code is a conflict. */
    Warehouse create(Warehouse warehouse);

    Optional<Warehouse> get(String code);

    /** Like {@link #get} but a missing warehouse is a {@code NotFoundProblem}. */
    Warehouse require(String code);

    /** Sorted by code. */
    Page<Warehouse> find(PageRequest page);

    /** Every location of the warehouse, parents before their children, siblings by code. */
    List<Location> locations(String warehouse);

    /** Adds a location under {@code location.parent()} (the root when null); a taken code is a conflict. */
    Location addLocation(String warehouse, Location location);

    /**
     * Changes a warehouse's name and address; the code cannot change, {@code version} must be the one read (a stale
     * one is a {@code ConflictProblem}).
     *
     * @since 1.2
     */
    Warehouse update(String code, Warehouse warehouse);

    /**
     * Renames a location and activates or deactivates it (a {@code null} field is left as it is). Deactivating is
     * refused (409) for the warehouse's root, receiving and shipping locations and for a location that still holds
     * stock or has active locations below it; an inactive location takes no stock moves.
     *
     * @since 1.2
     */
    Location updateLocation(String warehouse, String code, Location location);
}
