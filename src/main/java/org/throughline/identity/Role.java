package org.throughline.identity;

/**
 * The roles a person may hold; one person may hold several. The string constants are for
 * {@code @RolesAllowed}, which needs compile-time constants.
 */
public enum Role {
    ADMIN,
    COACH,
    SUPERVISOR;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String COACH_NAME = "COACH";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
}
