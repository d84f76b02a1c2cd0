package org.throughline.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;
import org.throughline.identity.KnownDevice;
import org.throughline.identity.RequestOrigin;
import org.throughline.shared.web.SecurityHeadersFilter;

/**
 * Sign-in through the Faces page {@code /sign-in.xhtml}. Who signed in, with their roles, is kept as a
 * plain attribute of the HTTP session and given to the container again on every request. So it travels
 * with the session in the data grid: another instance that takes over the session knows the user and
 * their roles. (The container's own remembered sign-in loses the roles on another instance: Payara issue
 * 6342.) Someone not signed in who asks for a protected page is sent to the sign-in page, and after
 * signing in to the page they asked for. Payara's {@code /metrics}, which shares this application's
 * security, is for the monitoring system's token alone ({@link MetricsScrape}).
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    private static final String SIGNED_IN = SignInMechanism.class.getName() + ".signedIn";
    private static final String ASKED_FOR = SignInMechanism.class.getName() + ".askedFor";

    /** The signed-in user as the session keeps them. */
    record SignedInUser(String email, Set<String> roles) implements Serializable {}

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private MetricsScrape metrics;

    @Inject
    private KnownDevice knownDevice;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (MetricsScrape.isMetrics(request)) {
            return metrics.check(request, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            SignedInUser user =
                    new SignedInUser(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
            request.getSession().setAttribute(SIGNED_IN, user);
            // the baseline for ending the session later: the stamp read with these roles, not the first page's
            request.getSession()
                    .setAttribute(AreaAccessFilter.STAMP, request.getAttribute(RequestOrigin.SIGNED_IN_STAMP));
            response.addCookie(knownDevice.issue(request)); // exempts this browser from the address throttle
            return context.notifyContainerAboutLogin(user.email(), user.roles());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedInUser user) {
            return context.notifyContainerAboutLogin(user.email(), user.roles());
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                request.getSession().setAttribute(ASKED_FOR, query == null ? path : path + "?" + query);
            }
            SecurityHeadersFilter.applyTo(request, response); // the filters have not run yet
            return context.redirect(request.getContextPath() + "/sign-in.xhtml");
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
    }

    /** The page someone asked for before they were sent to sign in (once), or the home page. */
    static String pageAfterSignIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object asked = session == null ? null : session.getAttribute(ASKED_FOR);
        if (session != null) {
            session.removeAttribute(ASKED_FOR);
        }
        return asked instanceof String path && path.startsWith("/") && !path.startsWith("//") ? path : "/index.xhtml";
    }
}
