package org.backoffice.platform.api.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String from = " FROM " + entity + " " + alias + where;
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ")" + from, Long.class);
        TypedQuery<E> select = em.createQuery("SELECT " + alias + from + " ORDER BY " + orderBy, type);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        List<T> items = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                .map(view).toList();
        return Page.of(items, count.getSingleResult(), page);
    }

    private PagedQuery condition(String attribute, String operator, Object value) {
        return where(attribute + " " + operator + " :value", value);
    }

    private static boolean isAbsent(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }
}
