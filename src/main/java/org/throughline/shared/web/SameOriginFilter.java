package org.throughline.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Against cross-site request forgery, besides Faces' view state: a form is taken only by POST, and only
 * from one of the application's own pages. A GET that carries a view state, and a POST whose
 * {@code Origin} (or, without it, {@code Referer}) names another site, answer 403 and change nothing.
 * The own site is the host the request was sent to; behind a proxy that changes the host, list the
 * public origins in {@code THROUGHLINE_ORIGINS} (such as {@code https://coaching.example.org}).
 * A POST with neither header (not sent by a browser) is let through: the view state still guards it.
 */
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "throughline.origins")
    Optional<String> origins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        boolean getPostback =
                !"POST".equals(request.getMethod()) && query != null && query.contains("jakarta.faces.ViewState=");
        if (getPostback || ("POST".equals(request.getMethod()) && !fromOwnPage(request))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean fromOwnPage(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            origin = request.getHeader("Referer");
        }
        if (origin == null) {
            return true;
        }
        try {
            URI sender = new URI(origin.strip());
            if (sender.getHost() == null) {
                return false; // "null": a sandboxed or privacy-sensitive context
            }
            Set<String> allowed = allowedOrigins();
            if (!allowed.isEmpty()) {
                return allowed.contains(originOf(sender));
            }
            return sender.getHost().equalsIgnoreCase(request.getServerName());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private Set<String> allowedOrigins() {
        return origins.map(list -> Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(o -> !o.isEmpty())
                        .map(o -> originOf(URI.create(o)))
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** scheme://host[:port], lower case, without a default port. */
    static String originOf(URI uri) {
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT)
                + (defaultPort ? "" : ":" + port);
    }
}
