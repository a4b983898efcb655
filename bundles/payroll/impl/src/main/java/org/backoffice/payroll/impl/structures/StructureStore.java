package org.backoffice.payroll.impl.structures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;

import org.backoffice.payroll.api.rules.PayComponent;
import org.backoffice.payroll.api.rules.PayStructure;
import org.backoffice.payroll.api.rules.StructureAssignment;
import org.backoffice.payroll.impl.rules.CompiledStructure;
import org.backoffice.payroll.impl.rules.StructureRules;

/**
 * Reads structures and assignments inside a caller's transaction. Compiled structures are kept per row id and
 * version (a saved version is immutable until replaced, which bumps the version), so a run compiles each once.
 */
public final class StructureStore {

    private final Map<String, CompiledStructure> compiled = new ConcurrentHashMap<>();

    public List<StructureEntity> versions(EntityManager em, String code) {
        return em.createQuery("SELECT s FROM StructureEntity s WHERE s.code = :code ORDER BY s.effectiveFrom",
                StructureEntity.class).setParameter("code", code).getResultList();
    }

    public PayStructure toStructure(EntityManager em, StructureEntity entity) {
        List<PayComponent> components = em.createQuery("SELECT c FROM ComponentEntity c WHERE c.structureId = :id"
                + " ORDER BY c.position", ComponentEntity.class).setParameter("id", entity.id()).getResultStream()
                .map(ComponentEntity::toComponent).toList();
        return entity.toStructure(components);
    }

    /** Every structure version with its compiled rules, by code, oldest first: what a run needs, in one read. */
    public Map<String, List<Versioned>> all(EntityManager em) {
        List<StructureEntity> entities = em.createQuery("SELECT s FROM StructureEntity s", StructureEntity.class)
                .getResultList();
        Map<Long, List<ComponentEntity>> components = new HashMap<>();
        em.createQuery("SELECT c FROM ComponentEntity c", ComponentEntity.class).getResultStream()
                .forEach(c -> components.computeIfAbsent(c.structureId(), id -> new ArrayList<>()).add(c));
        Map<String, List<Versioned>> byCode = new HashMap<>();
        for (StructureEntity entity : entities) {
            String key = entity.id() + "/" + entity.version();
            CompiledStructure rules = compiled.computeIfAbsent(key, k -> {
                List<ComponentEntity> rows = new ArrayList<>(components.getOrDefault(entity.id(), List.of()));
                rows.sort(Comparator.comparingInt(ComponentEntity::position));
                return StructureRules.compile(entity.toStructure(rows.stream().map(ComponentEntity::toComponent)
                        .toList()));
            });
            byCode.computeIfAbsent(entity.code(), c -> new ArrayList<>()).add(new Versioned(entity.id(), rules));
        }
        byCode.values().forEach(list -> list.sort(Comparator.comparing(v -> v.rules().source().effectiveFrom())));
        return byCode;
    }

    /** Assignments overlapping the dates, by employee, oldest first. */
    public Map<String, List<StructureAssignment>> assignments(EntityManager em, LocalDate from, LocalDate to) {
        Map<String, List<StructureAssignment>> byEmployee = new HashMap<>();
        em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.from <= :to AND (a.to IS NULL OR a.to >= :from)"
                + " ORDER BY a.from", AssignmentEntity.class).setParameter("from", from).setParameter("to", to)
                .getResultStream().map(AssignmentEntity::toAssignment)
                .forEach(a -> byEmployee.computeIfAbsent(a.employee(), e -> new ArrayList<>()).add(a));
        return byEmployee;
    }

    /** The version of a structure in force on {@code day}, or {@code null}. */
    public static Versioned inForce(List<Versioned> versions, LocalDate day) {
        Versioned found = null;
        for (Versioned version : versions == null ? List.<Versioned>of() : versions) {
            if (!version.rules().source().effectiveFrom().isAfter(day)) {
                found = version;
            }
        }
        return found;
    }

    /** A stored structure version: its row id and its compiled rules. */
    public record Versioned(long id, CompiledStructure rules) {
    }
}
