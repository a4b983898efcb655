package org.backoffice.logistics.impl.stock;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;

import org.backoffice.logistics.api.stock.StockMove;
import org.backoffice.logistics.impl.catalog.ProductEntity;
import org.backoffice.logistics.impl.warehouse.LocationEntity;
import org.backoffice.logistics.impl.warehouse.WarehouseEntity;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.event.NewEvent;
import org.backoffice.platform.api.persistence.UtcInstant;
import org.backoffice.platform.support.jpa.PreparedStatements;
import org.backoffice.platform.support.tx.JpaGroupTransaction;
import org.eclipse.persistence.sessions.Session;

/**
 * The moves of one transaction: the stock rows change through {@link StockRows} on the transaction's connection at
 * once, while the moves' audit records and events are gathered and written at the end, one batch each, so the event
 * log's sequence row is taken last and once. Counts what it wrote, so a move refused before writing anything can be
 * told from one refused half-way. Its statements are prepared once per transaction.
 *
 * <p>Not thread-safe: it lives on one thread for one transaction.
 */
final class MoveBatch implements JpaGroupTransaction.Batch {

    /** EclipseLink's hint for results shared from its cache instead of copied into the transaction. */
    private static final String READ_ONLY = "eclipselink.read-only";

    private static final String INSERT_MOVE = "INSERT INTO LOG_STOCK_MOVE (ID, MOVE_TYPE, PRODUCT_ID, SKU, UOM,"
            + " QUANTITY, FROM_WAREHOUSE, FROM_LOCATION, TO_WAREHOUSE, TO_LOCATION, REASON, REFERENCE, USER_NAME,"
            + " MOVED_AT, MOVED_ON) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager em;
    private final Connection connection;
    private final StockRows rows;
    private String user;
    private final List<AuditEntry> auditEntries = new ArrayList<>();
    private final List<NewEvent> newEvents = new ArrayList<>();
    private final PreparedStatements statements;
    private final Map<String, Optional<ProductEntity>> products = new HashMap<>();
    private final Map<String, Optional<WarehouseEntity>> warehouses = new HashMap<>();
    private final Map<List<Object>, Optional<LocationEntity>> locations = new HashMap<>();
    private int writes;
    private int movesToInsert;

    MoveBatch(EntityManager em) {
        this.em = em;
        this.connection = em.unwrap(Connection.class);
        this.statements = new PreparedStatements(connection);
        this.rows = new StockRows(connection, this::statement);
    }

    EntityManager em() {
        return em;
    }

    Connection connection() {
        return connection;
    }

    /** A statement on the transaction's connection, prepared at its first use in this batch. */
    PreparedStatement statement(String sql) throws SQLException {
        return statements.statement(sql);
    }

    /**
     * The product with the SKU, looked up once per batch. Lookups are read-only (shared, not copied into the
     * transaction: a move never changes them), which spares the copy and its comparison at every flush.
     */
    Optional<ProductEntity> product(String sku) {
        return products.computeIfAbsent(sku, k -> first(em.createQuery("SELECT p FROM ProductEntity p"
                + " WHERE p.sku = :sku", ProductEntity.class).setParameter("sku", k)));
    }

    /** The warehouse with the code, looked up once per batch (read-only, see {@link #product}). */
    Optional<WarehouseEntity> warehouse(String code) {
        return warehouses.computeIfAbsent(code, k -> first(em.createQuery("SELECT w FROM WarehouseEntity w"
                + " WHERE w.code = :code", WarehouseEntity.class).setParameter("code", k)));
    }

    /** The location of the warehouse with the code, looked up once per batch (read-only, see {@link #product}). */
    Optional<LocationEntity> location(long warehouseId, String code) {
        return locations.computeIfAbsent(List.of(warehouseId, code), k -> first(em.createQuery("SELECT l"
                + " FROM LocationEntity l WHERE l.warehouseId = :warehouse AND l.code = :code", LocationEntity.class)
                .setParameter("warehouse", warehouseId).setParameter("code", code)));
    }

    private static <T> Optional<T> first(TypedQuery<T> query) {
        return query.setHint(READ_ONLY, "true").getResultStream().findFirst();
    }

    StockRows rows() {
        return rows;
    }

    /** Who the moves are recorded for: the user of the work running now. */
    String user() {
        return user;
    }

    /** Runs a work for a user: the moves it stores, audits and announces are attributed to that user. */
    <T> T runAs(String workUser, Function<MoveBatch, T> work) {
        this.user = workUser;
        try {
            return work.apply(this);
        } finally {
            this.user = null;
        }
    }

    /**
     * Stores a move: its id comes from the entity's table generator now, its row is inserted through JDBC with the
     * batch's other moves in {@link #finish} (cheaper than the entity manager's insert and the copy it keeps).
     */
    StockMove insert(StockMoveEntity move) {
        move.assignId(((Number) em.unwrap(Session.class).getNextSequenceNumberValue(StockMoveEntity.class))
                .longValue());
        try {
            PreparedStatement insert = statement(INSERT_MOVE);
            insert.setLong(1, move.id());
            insert.setString(2, move.type().name());
            insert.setLong(3, move.productId());
            insert.setString(4, move.sku());
            insert.setString(5, move.uom().code());
            insert.setBigDecimal(6, move.quantity());
            setString(insert, 7, move.fromWarehouse());
            setString(insert, 8, move.fromLocation());
            setString(insert, 9, move.toWarehouse());
            setString(insert, 10, move.toLocation());
            setString(insert, 11, move.reason());
            setString(insert, 12, move.reference());
            insert.setString(13, move.user());
            insert.setTimestamp(14, UtcInstant.toTimestamp(move.movedAt()));
            insert.setDate(15, Date.valueOf(move.movedOn()));
            insert.addBatch();
        } catch (SQLException e) {
            throw new PersistenceException("could not store the stock move of product '" + move.sku() + "'", e);
        }
        movesToInsert++;
        writes++;
        return move.toMove();
    }

    private static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /** Counts rows changed: a refusal after a write must roll the whole transaction back. */
    void wrote(int changed) {
        writes += changed;
    }

    /** How many rows were written or queued so far; unchanged across a move that wrote nothing. */
    @Override
    public int writes() {
        return writes + auditEntries.size() + newEvents.size();
    }

    void audit(AuditEntry entry) {
        auditEntries.add(entry);
    }

    void event(NewEvent event) {
        newEvents.add(event);
    }

    /** Writes what was gathered: the moves, their audit records, then their events (the sequence row last). */
    void finish(AuditTrail audit, EventLog events) {
        em.flush();
        if (movesToInsert > 0) {
            try {
                statement(INSERT_MOVE).executeBatch();
            } catch (SQLException e) {
                throw new PersistenceException("could not store the stock moves", e);
            }
            movesToInsert = 0;
        }
        if (!auditEntries.isEmpty()) {
            audit.recordAll(em, auditEntries);
        }
        if (!newEvents.isEmpty()) {
            events.appendAll(em, newEvents);
        }
    }

    @Override
    public void close() {
        statements.close();
    }
}
