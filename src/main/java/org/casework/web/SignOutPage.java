package org.casework.web;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** Signing out ends this browser's session (its cookies), with or without JavaScript. */
@Path("/sign-out")
public class SignOutPage {

    @POST
    @PermitAll
    public Response signOut() {
        Response.ResponseBuilder response = Response.seeOther(URI.create("/sign-in"));
        for (String cookie : SignInPage.SESSION_COOKIES) {
            response.cookie(new NewCookie.Builder(cookie).path("/").maxAge(0).httpOnly(true)
                    .sameSite(NewCookie.SameSite.LAX).value("").build());
        }
        return response.build();
    }
}
