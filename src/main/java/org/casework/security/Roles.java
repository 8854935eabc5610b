package org.casework.security;

/**
 * The roles of the groups claim, as constants for {@code @RolesAllowed}. Every endpoint names the roles that
 * may call it; anything unannotated is denied.
 */
public final class Roles {

    public static final String WORKER = "worker";
    public static final String TEAM_LEAD = "team-lead";
    public static final String ADMIN = "admin";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
