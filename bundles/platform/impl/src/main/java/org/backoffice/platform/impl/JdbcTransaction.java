package org.backoffice.platform.impl;

import java.lang.reflect.Proxy;
import java.sql.Connection;

import javax.persistence.EntityManager;

/**
 * The platform's own JDBC transaction seen as a caller's transaction, so a platform service writing plain JDBC (the
 * calendars) records its audit entries and events through the {@code AuditTrail} and {@code EventLog} services in the
 * same transaction, exactly as a module's JPA service does. Only what {@link CallerTransaction} asks for is answered.
 */
final class JdbcTransaction {

    private JdbcTransaction() {
    }

    static EntityManager over(Connection connection) {
        // the persistence API bundle's own loader sees every type EntityManager mentions (criteria, metamodel)
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                    case "isJoinedToTransaction":
                    case "isOpen":
                        return true;
                    case "unwrap":
                        if (args[0] == Connection.class) {
                            return connection;
                        }
                        throw new IllegalArgumentException("only a JDBC connection here: " + args[0]);
                    case "toString":
                        return "JDBC transaction on " + connection;
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    case "equals":
                        return proxy == args[0];
                    default:
                        throw new UnsupportedOperationException(method.getName() + " on a platform JDBC transaction");
                    }
                });
    }
}
