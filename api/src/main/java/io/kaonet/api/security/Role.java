package io.kaonet.api.security;

/**
 * What an API token may do. Roles are ordered: each includes the rights of the ones before it.
 */
public enum Role {
    /** Reads every query field. Anonymous callers read as viewers when {@code kaonet.security.anonymous-read} is on. */
    VIEWER,
    /** Also records introductions and their outcomes, and brings member lists (importFiles, importWorkbook). */
    COORDINATOR,
    /** Also imports and deletes. */
    ADMIN;

    /** Whether this role has the rights of {@code required}. */
    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }
}
