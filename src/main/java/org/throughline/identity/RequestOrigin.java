package org.throughline.identity;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The address a request came from, for the security log; "unknown" outside an HTTP request. */
@Dependent
public class RequestOrigin {

    @Inject
    private HttpServletRequest request;

    public String address() {
        try {
            return request.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return "unknown";
        }
    }
}
