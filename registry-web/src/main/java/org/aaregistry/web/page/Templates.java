package org.aaregistry.web.page;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Thymeleaf, the pages' template engine: HTML templates from {@code templates/} on the class path, every value
 * escaped unless a template says otherwise (none does), compiled once and cached.
 */
@ApplicationScoped
public class Templates {

    @Inject
    ServletContext servletContext;

    private TemplateEngine engine;
    private JakartaServletWebApplication application;

    @PostConstruct
    void start() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        application = JakartaServletWebApplication.buildApplication(servletContext);
    }

    void render(
            String template,
            Map<String, Object> model,
            HttpServletRequest request,
            HttpServletResponse response,
            Writer out) {
        WebContext context = new WebContext(application.buildExchange(request, response), Locale.UK, model);
        engine.process(template, context, out);
    }
}
