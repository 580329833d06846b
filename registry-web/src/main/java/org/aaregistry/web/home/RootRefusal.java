package org.aaregistry.web.home;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The page for the web container's own 403 (web.xml's error page). Payara 7 (seen with Temurin 25.0.3) refuses a
 * signed-in user's request for the context root itself: it checks the permission "/" there, which its
 * authorization module does not grant through the {@code /*} constraint, so {@code /} — where the sign-in returns a
 * user who typed the bare address — ends in 403 before any page runs. Such a refusal is sent on to the start page;
 * any other refusal by the container shows the plain "not allowed" page.
 */
@WebServlet("/refused")
public class RootRefusal extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object refused = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if ((request.getContextPath() + "/").equals(refused) && request.getUserPrincipal() != null) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/home");
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher("/forbidden.html").forward(request, response);
    }
}
