package org.backoffice.platform.security;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.security.ApiKey;
import org.backoffice.platform.api.security.ApiKeys;
import org.backoffice.platform.api.security.CreatedApiKey;
import org.backoffice.platform.api.security.NewApiKey;
import org.backoffice.platform.support.jdbc.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * API keys in PLT_API_KEY. Every use reads the row (so a revocation applies to the next request); the last use is
 * written at most once a minute per key, so a busy client does not turn every read into a write.
 */
@Component(service = ApiKeys.class, configurationPid = "org.backoffice.security")
public final class JdbcApiKeys implements ApiKeys {

    private static final List<String[]> TABLES = List.<String[]>of(new String[] {"PLT_API_KEY",
        "CREATE TABLE PLT_API_KEY (ID VARCHAR(40) NOT NULL PRIMARY KEY, NAME VARCHAR(200) NOT NULL,"
                + " USER_NAME VARCHAR(200) NOT NULL, ROLES VARCHAR(2000) NOT NULL, SECRET_HASH VARCHAR(64) NOT NULL,"
                + " CREATED_AT TIMESTAMP NOT NULL, CREATED_BY VARCHAR(200) NOT NULL, EXPIRES_AT TIMESTAMP NOT NULL,"
                + " REVOKED_AT TIMESTAMP, LAST_USED_AT TIMESTAMP, LAST_USED_FROM VARCHAR(100))"});
    private static final String COLUMNS = "ID, NAME, USER_NAME, ROLES, SECRET_HASH, CREATED_AT, CREATED_BY, EXPIRES_AT,"
            + " REVOKED_AT, LAST_USED_AT, LAST_USED_FROM";
    private static final Duration USE_WRITE_INTERVAL = Duration.ofMinutes(1);

    private record Row(ApiKey key, String hash) {
    }

    private final DataSource dataSource;
    private final Duration longest;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Instant> lastWritten = new ConcurrentHashMap<>();
    private volatile boolean ready;

    @Activate
    public JdbcApiKeys(@Reference(target = "(osgi.jndi.service.name=backoffice)") DataSource dataSource,
            SecurityConfig config) {
        this.dataSource = dataSource;
        this.longest = Duration.ofDays(config.apiKeyMaxDays());
    }

    private Connection connect() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(true);
        if (!ready) {
            synchronized (this) {
                Jdbc.ensureTables(connection, TABLES);
                ready = true;
            }
        }
        return connection;
    }

    @Override
    public CreatedApiKey create(NewApiKey request) {
        Instant now = clock.instant();
        ApiKeyRules.check(request, now, longest);
        String id = ApiKeySecrets.newId();
        String secret = ApiKeySecrets.newSecret(id);
        Set<String> roles = new TreeSet<>(request.roles());
        ApiKey key = new ApiKey(id, request.name().trim(), request.user().trim(), roles, now, Actor.currentUser(),
                request.expiresAt(), null, null, null);
        try (Connection connection = connect()) {
            Jdbc.update(connection, "INSERT INTO PLT_API_KEY (ID, NAME, USER_NAME, ROLES, SECRET_HASH, CREATED_AT,"
                    + " CREATED_BY, EXPIRES_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, key.name(), key.user(),
                    String.join(",", roles), ApiKeySecrets.hash(secret), now, key.createdBy(), key.expiresAt());
        } catch (SQLException e) {
            throw new IllegalStateException("API key cannot be stored: " + e.getMessage(), e);
        }
        return new CreatedApiKey(key, secret);
    }

    @Override
    public List<ApiKey> list() {
        try (Connection connection = connect()) {
            return Jdbc.query(connection, "SELECT " + COLUMNS + " FROM PLT_API_KEY ORDER BY CREATED_AT DESC, ID",
                    row -> row(row).key());
        } catch (SQLException e) {
            throw new IllegalStateException("API keys cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public ApiKey get(String id) {
        return find(id).map(Row::key).orElseThrow(() -> new NotFoundProblem("API key", id));
    }

    @Override
    public ApiKey revoke(String id) {
        try (Connection connection = connect()) {
            Jdbc.update(connection, "UPDATE PLT_API_KEY SET REVOKED_AT = ? WHERE ID = ? AND REVOKED_AT IS NULL",
                    clock.instant(), id);
        } catch (SQLException e) {
            throw new IllegalStateException("API key cannot be revoked: " + e.getMessage(), e);
        }
        return get(id);
    }

    @Override
    public Optional<ApiKey> authenticate(String secret, String address) {
        String id = ApiKeySecrets.idOf(secret);
        if (id == null) {
            return Optional.empty();
        }
        Optional<Row> row = find(id);
        Instant now = clock.instant();
        if (row.isEmpty() || !ApiKeySecrets.matches(secret, row.get().hash()) || !row.get().key().usableAt(now)) {
            return Optional.empty();
        }
        recordUse(id, address, now);
        return Optional.of(row.get().key());
    }

    private void recordUse(String id, String address, Instant now) {
        Instant written = lastWritten.get(id);
        if (written != null && now.isBefore(written.plus(USE_WRITE_INTERVAL))) {
            return;
        }
        lastWritten.put(id, now);
        try (Connection connection = connect()) {
            Jdbc.update(connection, "UPDATE PLT_API_KEY SET LAST_USED_AT = ?, LAST_USED_FROM = ? WHERE ID = ?", now,
                    address == null ? null : address.length() > 100 ? address.substring(0, 100) : address, id);
        } catch (SQLException e) {
            lastWritten.remove(id);
        }
    }

    private Optional<Row> find(String id) {
        try (Connection connection = connect()) {
            return Jdbc.query(connection, "SELECT " + COLUMNS + " FROM PLT_API_KEY WHERE ID = ?", JdbcApiKeys::row, id)
                    .stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("API keys cannot be read: " + e.getMessage(), e);
        }
    }

    private static Row row(ResultSet row) throws SQLException {
        Set<String> roles = new LinkedHashSet<>(Arrays.asList(row.getString("ROLES").split(",")));
        roles.remove("");
        return new Row(new ApiKey(row.getString("ID"), row.getString("NAME"), row.getString("USER_NAME"), roles,
                Jdbc.instant(row, "CREATED_AT"), row.getString("CREATED_BY"), Jdbc.instant(row, "EXPIRES_AT"),
                Jdbc.instant(row, "REVOKED_AT"), Jdbc.instant(row, "LAST_USED_AT"), row.getString("LAST_USED_FROM")),
                row.getString("SECRET_HASH"));
    }
}
