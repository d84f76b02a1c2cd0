package org.throughline.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.throughline.identity.Role;

/** The demo's Alex Morgan (admin@demo.test) at work. */
@Stateless
@RunAs(Role.ADMIN_NAME)
@PermitAll
public class DemoAdministrator extends DemoActor {}
