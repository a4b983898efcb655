package org.backoffice.platform.api.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;

/**
 * A page of entities filtered by the optional criteria of a list endpoint: a criterion whose value is {@code null}
 * (or a blank string) is left out, the others are combined with AND as bound parameters, and the total is counted with
 * the same conditions.
 *
 * <pre>{@code
 * PagedQuery.of("SalesOrderEntity", "o").equal("o.customer", query.customer()).atLeast("o.orderDate", query.from())
 *         .page(em, SalesOrderEntity.class, "o.id DESC", page, SalesOrderEntity::toOrder);
 * }</pre>
 */
public final class PagedQuery {

    private final String entity;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new TreeMap<>();

    private PagedQuery(String entity, String alias) {
        this.entity = entity;
        this.alias = alias;
    }

    /** A query over the JPQL entity {@code entity}, called {@code alias} in the criteria. */
    public static PagedQuery of(String entity, String alias) {
        return new PagedQuery(entity, alias);
    }

    /** {@code attribute = value}; strings are trimmed. */
    public PagedQuery equal(String attribute, Object value) {
        return condition(attribute, "=", value);
    }

    /** {@code attribute >= value}. */
    public PagedQuery atLeast(String attribute, Object value) {
        return condition(attribute, ">=", value);
    }

    /** {@code attribute <= value}. */
    public PagedQuery atMost(String attribute, Object value) {
        return condition(attribute, "<=", value);
    }

    /** Any condition with one parameter written {@code :value}, e.g. {@code LOWER(o.name) LIKE :value}. */
    public PagedQuery where(String condition, Object value) {
        if (isAbsent(value)) {
            return this;
        }
        String name = "p" + parameters.size();
        conditions.add(condition.replace(":value", ":" + name));
        parameters.put(name, value instanceof String text ? text.trim() : value);
        return this;
    }

    /**
     * The LIKE pattern that finds {@code text} anywhere, case-insensitively ({@code %acme%}), with LIKE's wildcards in
     * the text escaped by {@code !}: use it as {@code LOWER(o.name) LIKE :value ESCAPE '!'}. {@code null} for a
     * blank text, so the condition is left out.
     */
    public static String containing(String text) {
        if (isAbsent(text)) {
            return null;
        }
        String escaped = text.trim().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }

    /** The page in {@code orderBy} order (e.g. {@code o.id DESC}), each entity turned into what the api returns. */
    public <E, T> Page<T> page(EntityManager em, Class<E> type, String orderBy, PageRequest page,
            Function<E, T> view) {
        TypedQuery<E> select = bound(em.createQuery("SELECT " + alias + from() + " ORDER BY " + orderBy, type));
        List<T> items = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                .map(view).toList();
        return Page.of(items, count(em), page);
    }

    /**
     * The same page as {@link #page}, read in two steps: the ids of the page first ({@code SELECT e.id ... ORDER BY
     * ... OFFSET}), then those rows. With an index on the {@code orderBy} columns plus the id, the first step skips
     * deep offsets inside the index instead of reading every skipped row; use it for long lists that are paged far.
     *
     * @param id the id attribute, e.g. {@code e.id}
     * @param idOf the id of an entity, to put the rows back in page order
     */
    public <E, T> Page<T> pageThroughIds(EntityManager em, Class<E> type, String id, Function<E, Object> idOf,
            String orderBy, PageRequest page, Function<E, T> view) {
        TypedQuery<Object> ids = bound(em.createQuery("SELECT " + id + from() + " ORDER BY " + orderBy, Object.class));
        List<Object> pageIds = ids.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        List<T> items = List.of();
        if (!pageIds.isEmpty()) {
            Map<Object, E> rows = new HashMap<>();
            em.createQuery("SELECT " + alias + " FROM " + entity + " " + alias + " WHERE " + id + " IN :ids", type)
                    .setParameter("ids", pageIds).getResultList().forEach(row -> rows.put(idOf.apply(row), row));
            items = pageIds.stream().map(rows::get).filter(Objects::nonNull).map(view).toList();
        }
        return Page.of(items, count(em), page);
    }

    private String from() {
        return " FROM " + entity + " " + alias + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ",
                conditions));
    }

    private <X> TypedQuery<X> bound(TypedQuery<X> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private long count(EntityManager em) {
        return bound(em.createQuery("SELECT COUNT(" + alias + ")" + from(), Long.class)).getSingleResult();
    }

    private PagedQuery condition(String attribute, String operator, Object value) {
        return where(attribute + " " + operator + " :value", value);
    }

    private static boolean isAbsent(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }
}
