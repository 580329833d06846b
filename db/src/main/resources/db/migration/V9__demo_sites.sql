-- Demo sites. A new development installation opens with a synthetic demo cohort (registry-api, package
-- org.aaregistry.demo; docs/demo-cohort.md). Its patients live only at sites flagged here, which only the demo
-- loader creates, so that synthetic patients can never be mixed into a real site's data, and every screen and
-- export can say that a site's data are synthetic.
ALTER TABLE site ADD COLUMN demo boolean NOT NULL DEFAULT false;
