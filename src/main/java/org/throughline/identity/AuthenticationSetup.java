package org.throughline.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** The roles; sign-in itself is {@link org.throughline.identity.web.SignInMechanism}. */
@DeclareRoles({Role.ADMIN_NAME, Role.COACH_NAME, Role.SUPERVISOR_NAME})
@ApplicationScoped
public class AuthenticationSetup {}
