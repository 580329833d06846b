package org.aaregistry.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders a {@link View} inside the layout: the signed-in user, the navigation their roles allow, the CSRF token. */
@Provider
@ApplicationScoped
@Produces(MediaType.TEXT_HTML)
public class ViewWriter implements MessageBodyWriter<View> {

    @Inject
    Templates templates;

    @Inject
    SignedIn signedIn;

    @Inject
    Codes codes;

    @Inject
    org.aaregistry.web.api.RegistryClient api;

    @Inject
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return View.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            View view,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream entityStream) {
        Map<String, Object> model = new LinkedHashMap<>(view.model());
        Me me = signedIn.orNobody();
        model.putIfAbsent("me", me);
        model.put("nav", Navigation.forUser(me, request.getRequestURI()));
        if (!me.roles().isEmpty()) {
            model.put("codes", codes.loaded(api));
        }
        model.put("csrf", CsrfGuard.token(request));
        model.put("assets", Assets.PATHS);
        model.put("fmt", Format.INSTANCE);
        model.put("path", request.getRequestURI());
        headers.putSingle("Content-Type", "text/html; charset=UTF-8");
        Writer out = new OutputStreamWriter(entityStream, StandardCharsets.UTF_8);
        templates.render(view.template(), model, request, response, out);
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
