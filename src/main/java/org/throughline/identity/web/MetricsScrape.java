package org.throughline.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may read Payara's MicroProfile Metrics at {@code /metrics}: a monitoring system that sends the
 * token of {@code THROUGHLINE_METRICS_TOKEN} as {@code Authorization: Bearer <token>}, and nobody else.
 * Without a configured token the endpoint does not exist for anyone (404). Payara serves it only over
 * HTTPS, to the role {@value #ROLE} (server-config/post-boot-commands.asadmin).
 */
@ApplicationScoped
public class MetricsScrape {

    static final String ROLE = "METRICS";
    static final String CALLER = "metrics-scraper";

    enum Decision {
        NOT_FOUND,
        UNAUTHORIZED,
        ALLOWED
    }

    @Inject
    @ConfigProperty(name = "throughline.metrics-token")
    Optional<String> token;

    static boolean isMetrics(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/metrics") || path.startsWith("/metrics/");
    }

    AuthenticationStatus check(HttpServletRequest request, HttpMessageContext context) {
        return switch (decide(token, request.getHeader("Authorization"))) {
            case NOT_FOUND -> context.responseNotFound();
            case UNAUTHORIZED -> {
                context.getResponse().setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
                yield context.responseUnauthorized();
            }
            case ALLOWED -> context.notifyContainerAboutLogin(CALLER, Set.of(ROLE));
        };
    }

    /** Whether a request with this Authorization header may read the metrics, given the configured token. */
    static Decision decide(Optional<String> configured, String authorization) {
        Optional<String> expected = configured.map(String::strip).filter(t -> !t.isEmpty());
        if (expected.isEmpty()) {
            return Decision.NOT_FOUND;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Decision.UNAUTHORIZED;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected.get().getBytes(StandardCharsets.UTF_8))
                ? Decision.ALLOWED
                : Decision.UNAUTHORIZED;
    }
}
