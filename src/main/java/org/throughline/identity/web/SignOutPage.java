package org.throughline.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.throughline.identity.RequestOrigin;
import org.throughline.identity.SignInService;

/** Signing out: the security log, then the session is gone. */
@Named
@RequestScoped
public class SignOutPage {

    @Inject
    private FacesContext faces;

    @Inject
    private SignInService signIn;

    @Inject
    private RequestOrigin origin;

    public void signOut() throws IOException, ServletException {
        ExternalContext context = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        String email = request.getRemoteUser();
        if (email != null) {
            signIn.signedOut(email, origin.address());
        }
        request.logout();
        context.invalidateSession();
        context.redirect(context.getRequestContextPath() + "/sign-in.xhtml?signedOut=true");
    }
}
