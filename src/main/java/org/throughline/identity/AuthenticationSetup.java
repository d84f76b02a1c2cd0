package org.throughline.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Form sign-in through the Faces page {@code /sign-in.xhtml}; the session remembers who signed in. */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/sign-in.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.ADMIN_NAME, Role.COACH_NAME, Role.SUPERVISOR_NAME})
@ApplicationScoped
public class AuthenticationSetup {}
