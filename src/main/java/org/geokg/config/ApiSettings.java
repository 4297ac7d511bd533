package org.geokg.config;

import java.util.Locale;
import java.util.Map;
import org.springframework.util.unit.DataSize;

/**
 * Access rules and limits of the REST API. {@code token} (GEOKG_API_TOKEN) guards writes, and reads too when
 * {@code readTokenRequired}; without a token the API may only listen on loopback. {@code maxBodyBytes} caps a
 * request body (GEOKG_API_MAX_BODY, e.g. {@code 2MB}, {@code 512KB} or bytes).
 */
public record ApiSettings(String token, boolean readTokenRequired, long maxBodyBytes) {
    private static final DataSize DEFAULT_MAX_BODY = DataSize.ofMegabytes(2);

    /** Secrets stay out of logs and error messages that print the settings. */
    @Override
    public String toString() {
        return "ApiSettings[token=" + (token == null ? "none" : "***") + ", readTokenRequired=" + readTokenRequired
                + ", maxBodyBytes=" + maxBodyBytes + "]";
    }

    static ApiSettings fromMap(Map<String, String> env) {
        String token = env.get("GEOKG_API_TOKEN");
        token = token == null || token.isBlank() ? null : token.strip();
        boolean reads = bool(env, "GEOKG_API_READ_TOKEN_REQUIRED");
        if (reads && token == null) {
            throw new IllegalArgumentException("GEOKG_API_READ_TOKEN_REQUIRED=true needs GEOKG_API_TOKEN to be set");
        }
        return new ApiSettings(token, reads, size(env, "GEOKG_API_MAX_BODY"));
    }

    private static boolean bool(Map<String, String> env, String key) {
        String value = env.getOrDefault(key, "").strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new IllegalArgumentException(key + " must be true or false (was '" + env.get(key) + "')");
    }

    private static long size(Map<String, String> env, String key) {
        String value = env.get(key);
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_BODY.toBytes();
        }
        try {
            long bytes = DataSize.parse(value.strip().toUpperCase(Locale.ROOT)).toBytes();
            if (bytes > 0) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + " must be a size such as 2MB, 512KB or a number of bytes (was '"
                + value + "')");
    }
}
