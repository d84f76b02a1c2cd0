package org.throughline.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.throughline.identity.Role;

/** The demo's Jordan Lindqvist (supervisor@demo.test) at work. */
@Stateless
@RunAs(Role.SUPERVISOR_NAME)
@PermitAll
public class DemoSupervisor extends DemoActor {}
