package org.aaregistry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import org.aaregistry.it.Keycloak;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Signing in through the real Keycloak in a real Chromium: the built UI (at {@code /}) and the built API (at
 * {@code /api}) run in one Payara Micro, as {@code bin/registry up} runs them, and the landing page shows what
 * the API says about the signed-in user.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        File war = new File(System.getProperty("registry.webWar", "target/registry-web.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    @ArquillianResource
    URL deployment;

    String home;

    @BeforeEach
    void registeredRedirect() {
        String origin = "http://localhost:" + deployment.getPort();
        Keycloak.allowWebRedirectTo(origin);
        home = origin + "/";
    }

    @Test
    void coordinatorSignsInAndSeesNameRolesAndSite() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(home);
            browser.signInAs("coordinator-a", Keycloak.DEV_PASSWORD);
            browser.await(By.cssSelector("body[data-ready='true']"));
            assertThat(browser.textOf("user-name")).isEqualTo("Ada Coordinator");
            assertThat(browser.textOf("profile-username")).isEqualTo("coordinator-a");
            assertThat(browser.textOf("profile-roles")).isEqualTo("Research coordinator");
            assertThat(browser.textOf("profile-sites")).isEqualTo("SITE-A");
            assertThat(browser.textOf("welcome-scope")).contains("SITE-A");

            // the second page load of the session is still signed in (Payara once lost roles right after the callback)
            browser.open(home);
            browser.await(By.cssSelector("body[data-ready='true']"));
            assertThat(browser.textOf("profile-username")).isEqualTo("coordinator-a");
        }
    }

    @Test
    void investigatorHasNoSiteScope() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(home);
            browser.signInAs("investigator", Keycloak.DEV_PASSWORD);
            browser.await(By.cssSelector("body[data-ready='true']"));
            assertThat(browser.textOf("profile-roles")).isEqualTo("Investigator");
            assertThat(browser.textOf("profile-sites")).isEqualTo("all sites (no site scope)");
        }
    }

    @Test
    void signingOutEndsTheSessionHereAndAtKeycloak() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(home);
            browser.signInAs("auditor", Keycloak.DEV_PASSWORD);
            browser.await(By.cssSelector("body[data-ready='true']"));
            browser.click(By.cssSelector("form.sign-out button"));
            browser.await(By.xpath("//h1[contains(., 'signed out')]"));

            browser.open(home);
            browser.await(By.id("kc-login"));
            assertThat(browser.currentUrl()).startsWith(Keycloak.URL);
        }
    }
}
