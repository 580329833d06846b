-- The registry schema. Owned by the owner role that runs these migrations; the application role
-- (${app_role}) gets only the privileges each table needs, granted next to the table.
-- Nothing clinical is ever deleted by the application, so it is never granted DELETE on clinical data.

REVOKE ALL ON SCHEMA ${flyway:defaultSchema} FROM PUBLIC;
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${app_role};

-- the readiness check compares the applied migrations with those the application was built with
GRANT SELECT ON ${flyway:defaultSchema}.${flyway:table} TO ${app_role};

-- A participating hospital. Admins manage sites; coordinators belong to one or more sites through the
-- `site` claim of their Keycloak token, which carries the site code.
CREATE TABLE site (
    id          uuid         PRIMARY KEY,
    code        varchar(20)  NOT NULL,
    name        varchar(200) NOT NULL,
    country     varchar(2),
    active      boolean      NOT NULL DEFAULT true,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    created_by  varchar(100) NOT NULL,
    updated_at  timestamptz,
    updated_by  varchar(100),
    CONSTRAINT site_code_unique UNIQUE (code),
    CONSTRAINT site_code_format CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,19}$'),
    CONSTRAINT site_country_format CHECK (country IS NULL OR country ~ '^[A-Z]{2}$')
);
GRANT SELECT, INSERT, UPDATE ON site TO ${app_role};
