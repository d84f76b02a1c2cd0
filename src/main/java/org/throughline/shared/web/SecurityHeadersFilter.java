package org.throughline.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. The Content-Security-Policy itself comes from PrimeFaces'
 * nonce-based CSP (web.xml, {@code primefaces.CSP_POLICY}); pages are never stored by the browser or
 * proxies, so Back after sign-out shows nothing protected.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String FALLBACK_POLICY =
            "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
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
        chain.doFilter(request, response);
    }
}
