package org.backoffice.payroll.api.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Pay structures and their assignments. Every expression is parsed and type-checked when saved, the components are
 * ordered by their references and a cycle is refused; errors are one 422 naming each field, position and name.
 */
@ProviderType
public interface PayRuleService {

    /**
     * Saves a structure version: a new code or a new effective date adds a version; the same effective date replaces
     * that version when {@code version} matches (409 when stale).
     */
    PayStructure save(PayStructure structure);

    /** The version in force on {@code asOf} ({@code null}: today). */
    Optional<PayStructure> structure(String code, LocalDate asOf);

    /** Every version of the structure, oldest first; empty when unknown. */
    List<PayStructure> versions(String code);

    /** The latest version of every structure, by code. */
    List<PayStructure> structures();

    /** Checks a structure without saving it; the same 422 as {@link #save}. */
    void validate(PayStructure structure);

    /** Assigns: the assignment in force before ends the day before {@code from}. */
    StructureAssignment assign(StructureAssignment assignment);

    /** The employee's assignments, oldest first. */
    List<StructureAssignment> assignments(String employee);
}
