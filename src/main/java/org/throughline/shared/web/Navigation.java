package org.throughline.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Redirects and "not found" answers from backing beans. */
public final class Navigation {

    private Navigation() {}

    /** Redirects to a page of the application (such as "/admin/programs.xhtml"), keeping queued messages. */
    public static void redirectKeepingMessages(String page) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        KeptMessages.keep(faces);
        ExternalContext context = faces.getExternalContext();
        context.redirect(context.getRequestContextPath() + page);
    }

    /** Answers the current request as "not found", as for a page that does not exist. */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        faces.responseComplete();
    }
}
