package org.aaregistry.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void defaultsPointAtLocalRegistryDatabase() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of());
        assertThat(settings.url()).isEqualTo("jdbc:postgresql://localhost:5432/registry");
        assertThat(settings.databaseName()).isEqualTo("registry");
        assertThat(settings.appUser()).isEqualTo("registry_app");
        assertThat(settings.ownerUser()).isEqualTo("registry_owner");
    }

    @Test
    void maintenanceUrlKeepsHostAndPortAndDropsParameters() {
        DatabaseSettings settings =
                DatabaseSettings.from(Map.of("REGISTRY_DB_URL", "jdbc:postgresql://db.example:6543/reg_test?ssl=true"));
        assertThat(settings.databaseName()).isEqualTo("reg_test");
        assertThat(settings.maintenanceUrl()).isEqualTo("jdbc:postgresql://db.example:6543/postgres");
        assertThat(settings.port()).isEqualTo(6543);
    }

    @Test
    void refusesUrlOfAnotherDatabaseKind() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of("REGISTRY_DB_URL", "jdbc:mysql://localhost/registry"));
        assertThatThrownBy(settings::databaseName).hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void roleNamesThatCouldInjectSqlAreRefused() {
        assertThatThrownBy(() -> Migrations.checkedRoleName("app; DROP TABLE site"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Migrations.checkedRoleName("Registry")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Migrations.checkedRoleName("registry_app")).isEqualTo("registry_app");
    }
}
