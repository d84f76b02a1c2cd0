package org.throughline.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles; sign-in itself is {@link org.throughline.identity.web.SignInMechanism}. METRICS is no
 * person's role: it is the monitoring system's ({@link org.throughline.identity.web.MetricsScrape}).
 */
@DeclareRoles({Role.ADMIN_NAME, Role.COACH_NAME, Role.SUPERVISOR_NAME, "METRICS"})
@ApplicationScoped
public class AuthenticationSetup {}
