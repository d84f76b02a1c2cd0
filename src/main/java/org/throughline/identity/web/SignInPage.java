package org.throughline.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.throughline.shared.web.Messages;

/** The sign-in form. One message for every refusal, whatever its cause. */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    private String email;
    private String password;

    /** Someone already signed in who opens the sign-in page goes to the home page. */
    public void redirectIfSignedIn() throws IOException {
        ExternalContext context = faces.getExternalContext();
        if (context.getRemoteUser() != null) {
            context.redirect(context.getRequestContextPath() + "/index.xhtml");
        }
    }

    public void signIn() throws IOException {
        ExternalContext context = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session id known before sign-in is never the signed-in one
        }
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) context.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                email == null ? "" : email, new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            context.redirect(context.getRequestContextPath() + SignInMechanism.pageAfterSignIn(request));
        } else {
            Messages.error("signIn.refused");
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
