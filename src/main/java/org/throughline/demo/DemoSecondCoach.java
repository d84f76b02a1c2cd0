package org.throughline.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.throughline.identity.Role;

/** The demo's Priya Raman (coach2@demo.test) at work. */
@Stateless
@RunAs(Role.COACH_NAME)
@PermitAll
public class DemoSecondCoach extends DemoActor {}
