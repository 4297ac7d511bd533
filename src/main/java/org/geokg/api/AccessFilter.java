package org.geokg.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Set;
import org.geokg.config.ApiSettings;
import org.geokg.config.Settings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bearer-token access: with GEOKG_API_TOKEN set, writes under /api need it (401 without, 403 with a wrong one),
 * and so do reads of /api and /sparql with GEOKG_API_READ_TOKEN_REQUIRED. Health and the API documentation stay
 * open: they hold no data, and container health checks carry no token.
 */
@Component
class AccessFilter extends OncePerRequestFilter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** The role Actuator requires before it shows health details (management.endpoint.health.roles). */
    static final String OPERATOR_ROLE = "GEOKG_OPERATOR";
    private static final String HEALTH = "/actuator/health";

    private final ApiSettings api;
    private final byte[] token;
    private final ObjectMapper json;

    AccessFilter(Settings settings, ObjectMapper json) {
        this.api = settings.api();
        this.token = api.token() == null ? null : api.token().getBytes(StandardCharsets.UTF_8);
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith(HEALTH)) {
            chain.doFilter(operator(request) ? asOperator(request) : request, response);
            return;
        }
        if (!guarded(request)) {
            chain.doFilter(request, response);
            return;
        }
        String given = bearer(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (given == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"geokg\"");
            Problems.write(response, json, HttpStatus.UNAUTHORIZED, request.getRequestURI(),
                    "this request needs Authorization: Bearer <token> (the server's GEOKG_API_TOKEN)");
            return;
        }
        if (!isToken(given)) {
            Problems.write(response, json, HttpStatus.FORBIDDEN, request.getRequestURI(),
                    "the bearer token is not the server's GEOKG_API_TOKEN");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Health stays open to checks without a token; its details (store path, disk) only for the token's holder. */
    private boolean operator(HttpServletRequest request) {
        String given = bearer(request.getHeader(HttpHeaders.AUTHORIZATION));
        return token != null && given != null && isToken(given);
    }

    /** Constant-time comparison, so response timing does not reveal how much of a guess was right. */
    private boolean isToken(String given) {
        return MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    /** Actuator's "when-authorized" asks the servlet request for the principal and its role. */
    private static HttpServletRequest asOperator(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return () -> "geokg-operator";
            }

            @Override
            public boolean isUserInRole(String role) {
                return OPERATOR_ROLE.equals(role);
            }
        };
    }

    private boolean guarded(HttpServletRequest request) {
        if (token == null) {
            return false;
        }
        String path = request.getRequestURI();
        boolean api = path.startsWith("/api/") || path.equals("/api");
        if (api && !SAFE_METHODS.contains(request.getMethod())) {
            return true;
        }
        return this.api.readTokenRequired() && (api || path.equals("/sparql") || path.startsWith("/sparql/"));
    }

    private static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String value = header.substring(7).strip();
        return value.isEmpty() ? null : value;
    }
}
