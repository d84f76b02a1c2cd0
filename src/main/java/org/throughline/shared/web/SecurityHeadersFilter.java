package org.throughline.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;

/**
 * Security headers on every response. The Content-Security-Policy itself comes from PrimeFaces'
 * nonce-based CSP (web.xml, {@code primefaces.CSP_POLICY}); pages are never stored by the browser or
 * proxies, so Back after sign-out shows nothing protected. Only GET, HEAD and POST are answered (405
 * otherwise). It runs first, and again for error pages (web.xml), so that every answer has the headers.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Pages are read and their forms posted; nothing here answers PUT, DELETE, OPTIONS or TRACE. */
    private static final List<String> ALLOWED_METHODS = List.of("GET", "HEAD", "POST");

    private static final String FALLBACK_POLICY =
            "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        applyTo(request, response);
        if (request.getDispatcherType() == DispatcherType.REQUEST && !ALLOWED_METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", ALLOWED_METHODS));
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Sets the headers; also for answers given before the filters run (the redirect to sign-in). */
    public static void applyTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getServletPath();
        if (!path.startsWith("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        if (!path.endsWith(".xhtml")) {
            // Faces pages get PrimeFaces' nonce-based policy instead (a second header would intersect).
            response.setHeader("Content-Security-Policy", FALLBACK_POLICY);
        }
    }

    /**
     * Keeps one Content-Security-Policy header: the one set last. An error page (a Faces page with
     * PrimeFaces' policy) shown for an address that had the fallback policy replaces it.
     */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Security-Policy".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
