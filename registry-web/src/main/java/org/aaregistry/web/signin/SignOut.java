package org.aaregistry.web.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Ends the session here and at Keycloak (the mechanism's logout definition sends the browser to Keycloak's
 * end-session endpoint, which returns it to the signed-out page). POST only, so a link planted elsewhere
 * cannot sign a user out.
 */
@WebServlet("/sign-out")
public class SignOut extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.logout();
        if (!response.isCommitted()) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/signed-out.html");
        }
    }
}
