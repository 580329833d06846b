-- Planner statistics after a bulk write (an import of thousands of patients). The application role may not
-- ANALYZE tables it does not own, and autovacuum may be off or late (it is off on some of our machines): without
-- fresh statistics PostgreSQL plans a join over 10,000 new patients as if the tables were empty.
CREATE FUNCTION refresh_statistics() RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
    ANALYZE patient, blood_count, treatment_line, transplant, chimerism, recorded_response, derived_response,
        clinical_event;
$$;
REVOKE ALL ON FUNCTION refresh_statistics() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION refresh_statistics() TO ${app_role};
