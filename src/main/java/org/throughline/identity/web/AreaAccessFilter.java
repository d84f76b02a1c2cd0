package org.throughline.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.throughline.identity.Account;
import org.throughline.identity.Role;

/**
 * Guards every page of a signed-in user. The container has already required sign-in for the page
 * folders (web.xml); this filter then
 *
 * <ul>
 *   <li>ends the session of an account that was deactivated, or whose roles or password were changed
 *       by an administrator, since the session began;
 *   <li>sends a user who must change a one-time password to the password page;
 *   <li>answers a page of another role's folder as not found.
 * </ul>
 */
@WebFilter(urlPatterns = "*.xhtml")
public class AreaAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String STAMP = "throughline.sessionStamp";
    private static final String PASSWORD_PAGE = "/account/password.xhtml";
    private static final Map<String, Role> AREAS =
            Map.of("/admin/", Role.ADMIN, "/coach/", Role.COACH, "/supervisor/", Role.SUPERVISOR);

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (request.getRemoteUser() == null || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        Account me = currentUser.getAccount();
        HttpSession session = request.getSession();
        Object stamp = session.getAttribute(STAMP);
        if (!me.isActive() || (stamp != null && !stamp.equals(me.getSessionStamp()))) {
            request.logout();
            session.invalidate();
            redirect(request, response, "/sign-in.xhtml?ended=true");
            return;
        }
        if (stamp == null) {
            session.setAttribute(STAMP, me.getSessionStamp());
        }
        for (Map.Entry<String, Role> area : AREAS.entrySet()) {
            // the roles given at sign-in: a change of roles changes the stamp and ends the session above
            if (path.startsWith(area.getKey())
                    && !request.isUserInRole(area.getValue().name())) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        if (me.isMustChangePassword() && !PASSWORD_PAGE.equals(path) && !path.startsWith("/error/")) {
            redirect(request, response, PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A redirect that also works for a Faces Ajax request. */
    static void redirect(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
        String url = request.getContextPath() + target;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + url.replace("&", "&amp;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }
}
