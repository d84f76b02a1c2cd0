package org.throughline.identity;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The address a request came from, for the security log; "unknown" outside an HTTP request. */
@Dependent
public class RequestOrigin {

    /** The request attribute with the session stamp that sign-in read. */
    public static final String SIGNED_IN_STAMP = RequestOrigin.class.getName() + ".signedInStamp";

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

    /**
     * Keeps, for the rest of this request, the session stamp that sign-in read with the roles: the
     * session's baseline (a change after it ends the session, even before the first page).
     */
    public void rememberSessionStamp(int stamp) {
        request.setAttribute(SIGNED_IN_STAMP, stamp);
    }

    public String address() {
        try {
            return request.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return "unknown";
        }
    }
}
