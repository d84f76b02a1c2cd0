package org.throughline.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.throughline.identity.Role;

/** The demo's Sam Okafor (coach@demo.test) at work. */
@Stateless
@RunAs(Role.COACH_NAME)
@PermitAll
public class DemoCoach extends DemoActor {}
