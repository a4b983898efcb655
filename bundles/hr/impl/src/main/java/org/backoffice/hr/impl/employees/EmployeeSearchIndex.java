package org.backoffice.hr.impl.employees;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.backoffice.platform.api.persistence.PagedQuery;
import org.backoffice.platform.api.persistence.SearchTokens;

/** The directory search's token table, kept in step with each employee's names, number and e-mail. */
final class EmployeeSearchIndex {

    private EmployeeSearchIndex() {
    }

    /** Writes the tokens {@code e} has now, in the running transaction (only the changed ones; none before hire). */
    static void write(EntityManager em, EmployeeEntity e, boolean created) {
        Set<String> wanted = e.searchTokens();
        Set<String> stored = created ? Set.of() : new HashSet<>(em.createQuery(
                "SELECT t.token FROM EmployeeTokenEntity t WHERE t.employeeId = :e", String.class)
                .setParameter("e", e.id()).getResultList());
        List<String> gone = stored.stream().filter(token -> !wanted.contains(token)).toList();
        if (!gone.isEmpty()) {
            em.createQuery("DELETE FROM EmployeeTokenEntity t WHERE t.employeeId = :e AND t.token IN :gone")
                    .setParameter("e", e.id()).setParameter("gone", gone).executeUpdate();
        }
        for (String token : wanted) {
            if (!stored.contains(token)) {
                em.persist(new EmployeeTokenEntity(e.id(), token));
            }
        }
    }

    /** Every word of {@code text} must start a token of the employee (see {@link SearchTokens}). */
    static void matching(PagedQuery select, String text) {
        for (String word : SearchTokens.queryPatterns(text)) {
            select.where("e.id IN (SELECT t.employeeId FROM EmployeeTokenEntity t WHERE t.token LIKE :value)", word);
        }
    }

    /** Tokens for employees written before the table existed; returns how many were indexed. */
    static int indexUnindexed(EntityManager em) {
        List<EmployeeEntity> unindexed = em.createQuery("SELECT e FROM EmployeeEntity e WHERE NOT EXISTS"
                + " (SELECT t.employeeId FROM EmployeeTokenEntity t WHERE t.employeeId = e.id)", EmployeeEntity.class)
                .getResultList();
        unindexed.forEach(e -> write(em, e, true));
        return unindexed.size();
    }
}
