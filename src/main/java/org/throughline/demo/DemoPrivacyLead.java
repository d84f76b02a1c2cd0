package org.throughline.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.throughline.identity.Role;

/** The demo's data protection lead (privacy@demo.test), a second administrator, at work. */
@Stateless
@RunAs(Role.ADMIN_NAME)
@PermitAll
public class DemoPrivacyLead extends DemoActor {}
