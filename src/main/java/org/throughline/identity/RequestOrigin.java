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

    @Inject
    private KnownDevice knownDevices;

    /** Whether the browser carries a valid known-device cookie (it signed in here before). */
    public boolean knownDevice() {
        try {
            return knownDevices.recognises(request);
        } catch (ContextNotActiveException | IllegalStateException e) {
            return false;
        }
    }

    public String address() {
        try {
            return request.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return "unknown";
        }
    }
}
