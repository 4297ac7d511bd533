package org.geokg.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The address the REST API listens on (GEOKG_BIND), parsed strictly when the settings are read, before anything
 * starts: an IPv4 or IPv6 literal, or {@code localhost}. No other name is looked up, and an empty value is an
 * error, not "every interface" (which is what the web server would make of it).
 */
public record BindAddress(String host, boolean loopback) {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    public static final BindAddress DEFAULT = parse("127.0.0.1");

    public static BindAddress parse(String value) {
        String v = value == null ? "" : value.strip();
        if (v.startsWith("[") && v.endsWith("]")) {
            v = v.substring(1, v.length() - 1);
        }
        if (v.equalsIgnoreCase("localhost")) {
            return new BindAddress("localhost", true);
        }
        if (!IPV4.matcher(v).matches() && !IPV6.matcher(v).matches()) {
            throw new IllegalArgumentException("GEOKG_BIND must be an IP address such as 127.0.0.1 or ::1, or"
                    + " localhost (was '" + value + "')");
        }
        try {
            // A literal: getByName parses it and looks nothing up.
            InetAddress address = InetAddress.getByName(v);
            return new BindAddress(address.getHostAddress(), address.isLoopbackAddress());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("GEOKG_BIND is not a valid IP address (was '" + value + "')");
        }
    }

    /** Without a token, writes are open to whoever reaches the port: only this machine may. */
    public void checkExposure(ApiSettings api) {
        if (api.token() == null && !loopback) {
            throw new IllegalArgumentException("GEOKG_BIND=" + host + " would open the REST API beyond"
                    + " this machine without a token: set GEOKG_API_TOKEN (writes then need Authorization: Bearer"
                    + " <token>) or bind to 127.0.0.1");
        }
    }
}
