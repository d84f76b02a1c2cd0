package org.throughline.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place where the record ids in page addresses ({@code ?id=}, {@code ?engagement=}, …) are
 * checked: a value that is not a record id (letters, a fraction, a quote, a number too large, a second
 * value) answers "not found", like an id of no record, before any page or service sees it; nothing is
 * logged. The pages then take the parameters as numbers ({@code f:viewParam} into {@code Long}).
 * Mapped in web.xml, after the security headers.
 */
public class RecordIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The parameters of the pages' f:viewParam that name a record. */
    static final Set<String> ID_PARAMETERS = Set.of("id", "engagement", "session", "program", "version", "coach");

    /** 1 to 999,999,999,999,999,999: every id fits a Java long. */
    private static final Pattern RECORD_ID = Pattern.compile("[1-9][0-9]{0,17}");

    /** The parameters that name a constant (?kind=MIDPOINT); the page says whether it is one of its own. */
    static final Set<String> NAME_PARAMETERS = Set.of("kind");

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z_]{0,39}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        if (query != null && malformed(query)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the address's query (not a form's fields, whose names are the form's own, such as a form
     * with the id "engagement") names a record or a constant in a form no page takes.
     */
    static boolean malformed(String query) {
        Map<String, Integer> seen = new HashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return true; // a broken %-escape
            }
            Pattern form = ID_PARAMETERS.contains(name) ? RECORD_ID : NAME_PARAMETERS.contains(name) ? NAME : null;
            if (form != null
                    && (seen.merge(name, 1, Integer::sum) > 1
                            || !form.matcher(value).matches())) {
                return true;
            }
        }
        return false;
    }
}
