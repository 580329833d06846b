package org.aaregistry.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the browser may keep: the libraries and styles, never a page. */
class SecurityHeadersTest {

    @Test
    void versionedLibrariesAreKeptOwnFilesRevalidatedAndPagesNeverStored() {
        assertThat(SecurityHeaders.cacheControl("/webjars/bootstrap/5.3.8/dist/css/bootstrap.min.css"))
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(SecurityHeaders.cacheControl("/assets/registry.js")).isEqualTo("no-cache");
        assertThat(SecurityHeaders.cacheControl("/patients/0b6c2f3e-0000-7000-8000-000000000000"))
                .isEqualTo("no-store");
        assertThat(SecurityHeaders.cacheControl("/relay/patients")).isEqualTo("no-store");
        assertThat(SecurityHeaders.cacheControl("/home")).isEqualTo("no-store");
        assertThat(SecurityHeaders.cacheControl("/webjarsX/evil")).isEqualTo("no-store");
    }
}
