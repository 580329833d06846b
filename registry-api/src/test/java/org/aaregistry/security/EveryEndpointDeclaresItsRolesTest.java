package org.aaregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Least privilege, checked on the compiled API: every resource method declares the roles it admits (on itself or
 * its class), none is open to anyone; health and the OpenAPI document are the server's, not resources.
 */
class EveryEndpointDeclaresItsRolesTest {

    @Test
    void everyResourceMethodDeclaresItsRolesAndNoneIsPermitAll() throws Exception {
        List<Class<?>> resources = resources();
        assertThat(resources).as("resources found").hasSizeGreaterThan(10);
        List<String> undeclared = new ArrayList<>();
        for (Class<?> resource : resources) {
            assertThat(resource.isAnnotationPresent(PermitAll.class))
                    .as(resource.getName())
                    .isFalse();
            boolean classDeclares = resource.isAnnotationPresent(RolesAllowed.class);
            for (Method method : resource.getDeclaredMethods()) {
                if (!isEndpoint(method)) {
                    continue;
                }
                assertThat(method.isAnnotationPresent(PermitAll.class))
                        .as(method.toString())
                        .isFalse();
                boolean declares = classDeclares
                        || method.isAnnotationPresent(RolesAllowed.class)
                        || method.isAnnotationPresent(DenyAll.class);
                if (!declares) {
                    undeclared.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(undeclared).isEmpty();
    }

    private static boolean isEndpoint(Method method) {
        return Stream.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)
                .anyMatch(method::isAnnotationPresent);
    }

    private static List<Class<?>> resources() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(
                RolesAllowed.class.getClassLoader() == null
                        ? "target/classes"
                        : EveryEndpointDeclaresItsRolesTest.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI()
                                .resolve("../classes")
                                .getPath());
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains("$")) {
                    continue;
                }
                Class<?> candidate =
                        Class.forName(name, false, EveryEndpointDeclaresItsRolesTest.class.getClassLoader());
                if (candidate.isAnnotationPresent(jakarta.ws.rs.Path.class) && !candidate.isInterface()) {
                    resources.add(candidate);
                }
            }
        }
        return resources;
    }
}
