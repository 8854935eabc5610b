package org.casework.identifiers;

/** One external identifier: a system's code and a value, as given or, once checked, as stored. */
public record IdentifierValue(String system, String value) {

    /** The shape of a system code as callers may write it; codes are case-insensitive. */
    public static final String SYSTEM_CODE = "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$";
}
