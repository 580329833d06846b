package org.aaregistry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.aaregistry.it.Keycloak;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Signing in and out through the real Keycloak in a real Chromium: every page shows who is signed in, with the
 * roles and sites the API reports, and offers only the navigation those roles allow.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return WebRegistry.deployment();
    }

    @ArquillianResource
    URL deployment;

    WebRegistry registry;

    @BeforeEach
    void registry() {
        registry = WebRegistry.at(deployment);
    }

    @Test
    void aCoordinatorSeesNameRoleAndSiteOnEveryPage() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(registry.url("/"));
            browser.signInAs("coordinator-a", Keycloak.DEV_PASSWORD);

            assertThat(browser.heading()).isEqualTo("Welcome, Ada Coordinator");
            assertThat(browser.await(By.cssSelector("[data-testid=user-name]")).getText())
                    .isEqualTo("Ada Coordinator");
            assertThat(browser.await(By.cssSelector("[data-testid=user-sites]")).getText())
                    .isEqualTo("SITE-A");
            assertThat(browser.text()).contains("Research coordinator");

            // the second page of the session is still signed in (Payara once lost roles right after the callback)
            browser.follow("Patients");
            assertThat(browser.await(By.cssSelector("[data-testid=user-name]")).getText())
                    .isEqualTo("Ada Coordinator");
            browser.inspect("home-coordinator-patients");
        }
    }

    @Test
    void eachRoleSeesOnlyItsOwnNavigation() throws Exception {
        try (Browser investigator = new Browser();
                Browser auditor = new Browser()) {
            investigator.open(registry.url("/"));
            investigator.signInAs("investigator", Keycloak.DEV_PASSWORD);
            auditor.open(registry.url("/"));
            auditor.signInAs("auditor", Keycloak.DEV_PASSWORD);

            assertThat(navigation(investigator)).contains("Patients", "Reports").doesNotContain("Import", "Access log");
            assertThat(investigator
                            .await(By.cssSelector("[data-testid=user-sites]"))
                            .getText())
                    .isEqualTo("all sites");
            assertThat(navigation(auditor))
                    .contains("Access log", "Change history", "Audit chain")
                    .doesNotContain("Patients", "Reports", "Import");
            investigator.inspect("home-investigator");
            auditor.inspect("home-auditor");
        }
    }

    @Test
    void signingOutEndsTheSessionHereAndAtKeycloak() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(registry.url("/"));
            browser.signInAs("auditor", Keycloak.DEV_PASSWORD);
            browser.pressHere("Sign out");
            browser.await(By.xpath("//h1[contains(., 'signed out')]"));

            browser.open(registry.url("/"));
            browser.await(By.id("kc-login"));
            assertThat(browser.currentUrl()).startsWith(Keycloak.URL);
        }
    }

    private static java.util.List<String> navigation(Browser browser) {
        return browser.driver().findElements(By.cssSelector("nav[aria-label=Registry] .nav-link")).stream()
                .map(org.openqa.selenium.WebElement::getText)
                .toList();
    }
}
