package org.throughline.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
    static final Set<String> ID_PARAMETERS = Set.of("id", "engagement", "session", "program", "version");

    /** 1 to 999,999,999,999,999,999: every id fits a Java long. */
    private static final Pattern RECORD_ID = Pattern.compile("[1-9][0-9]{0,17}");

    /** The parameters that name a constant (?kind=MIDPOINT); the page says whether it is one of its own. */
    static final Set<String> NAME_PARAMETERS = Set.of("kind");

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z_]{0,39}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getQueryString() != null) {
            if (malformed(request, ID_PARAMETERS, RECORD_ID) || malformed(request, NAME_PARAMETERS, NAME)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean malformed(HttpServletRequest request, Set<String> names, Pattern form) {
        for (String name : names) {
            String[] values = request.getParameterValues(name);
            if (values != null && (values.length > 1 || !form.matcher(values[0]).matches())) {
                return true;
            }
        }
        return false;
    }
}
