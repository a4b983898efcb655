package org.backoffice.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets look like {@code bo_<id>_<43 random characters>}: the id finds the row, the hash of the whole secret proves
 * it. 256 random bits need no salt or slow hash; only the SHA-256 is stored.
 */
final class ApiKeySecrets {

    static final String PREFIX = "bo_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ID_CHARS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private ApiKeySecrets() {
    }

    static String newId() {
        StringBuilder id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append(ID_CHARS[RANDOM.nextInt(ID_CHARS.length)]);
        }
        return id.toString();
    }

    static String newSecret(String id) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return PREFIX + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The id inside a secret, or null when it is not one of ours. */
    static String idOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return null;
        }
        int end = secret.indexOf('_', PREFIX.length());
        return end <= PREFIX.length() ? null : secret.substring(PREFIX.length(), end);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of two hashes. */
    static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
