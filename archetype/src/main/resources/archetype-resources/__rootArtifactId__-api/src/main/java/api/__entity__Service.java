#set( $var = $entity.substring(0,1).toLowerCase() + $entity.substring(1) )
package ${package}.api;

import java.util.Optional;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The ${entity.toLowerCase()} register. Every change is validated here (whoever calls: REST, shell, another bundle),
 * audited and announced on the event log in one transaction; invalid input throws a
 * {@code ValidationFailedException} (422) and stores nothing.
 */
@ProviderType
public interface ${entity}Service {

    /** A taken code is a {@code ConflictProblem} (409). */
    ${entity} create(${entity} $var);

    Optional<${entity}> get(String code);

    /** Like {@code get}, but a missing one is a {@code NotFoundProblem} (404). */
    ${entity} require(String code);

    /**
     * Sorted by code.
     *
     * @param text part of the code or name, case-insensitive; {@code null} for all
     */
    Page<${entity}> find(String text, PageRequest page);

    /** Replaces name and notes; the given version must be the stored one, else a {@code ConflictProblem}. */
    ${entity} update(String code, ${entity} $var);

    /** Deletes it; the audit trail and the event log keep what it was. */
    void delete(String code);
}
