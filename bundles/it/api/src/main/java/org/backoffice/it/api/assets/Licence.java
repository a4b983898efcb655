package org.backoffice.it.api.assets;

import java.time.LocalDate;

/**
 * A software licence.
 *
 * @param type  {@code PER_USER}, {@code PER_DEVICE} or {@code SITE}
 * @param key   the licence key, shown only to it-manager ({@code null} for everyone else)
 * @param seats the seats owned (a site licence has as many as it says)
 */
public record Licence(String code, String product, String vendor, String key, String type, Integer seats,
        LocalDate expiry, Long version) {
}
