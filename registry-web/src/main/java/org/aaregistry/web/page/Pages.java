package org.aaregistry.web.page;

import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.aaregistry.web.audit.AuditPages;
import org.aaregistry.web.home.HomePage;
import org.aaregistry.web.home.StartPage;
import org.aaregistry.web.imports.ImportPage;
import org.aaregistry.web.patient.ChartPage;
import org.aaregistry.web.patient.CompletenessPage;
import org.aaregistry.web.patient.PatientsPage;
import org.aaregistry.web.patient.RecordForms;
import org.aaregistry.web.report.ReportPages;

/**
 * The pages, served by Jakarta REST at the root of the UI. Deployed as a filter in web.xml (not a servlet), so that
 * what no page matches — the style sheets, the scripts and the webjars — falls through to the server's static files.
 */
public class Pages extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ViewWriter.class,
                PageErrors.class,
                SessionCheck.class,
                StartPage.class,
                HomePage.class,
                PatientsPage.class,
                ChartPage.class,
                CompletenessPage.class,
                RecordForms.class,
                ImportPage.class,
                ReportPages.class,
                AuditPages.class);
    }
}
