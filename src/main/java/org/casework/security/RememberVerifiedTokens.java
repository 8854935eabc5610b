package org.casework.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Answers a bearer token verified a moment ago from {@link VerifiedTokens}; every other is checked in full. */
@Decorator
@Priority(10)
abstract class RememberVerifiedTokens implements JWTParser {

    @Inject
    @Delegate
    @Any
    JWTParser parser;

    @Inject
    VerifiedTokens verified;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.find(token);
        if (known != null) {
            return known;
        }
        JsonWebToken accepted = parser.parse(token);
        verified.remember(token, accepted);
        return accepted;
    }
}
