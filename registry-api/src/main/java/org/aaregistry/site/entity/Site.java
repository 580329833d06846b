package org.aaregistry.site.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.aaregistry.audit.entity.RecordStamp;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.UuidGenerator;

/** A participating hospital, known everywhere by its code. */
@Entity
@Table(name = "site")
public class Site {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @NaturalId
    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    private String name;

    private String country;

    private boolean active;

    /** A site of the synthetic demo network: all its patients are synthetic (V9). */
    private boolean demo;

    @Version
    private long version;

    @Embedded
    private RecordStamp stamp;

    protected Site() {}

    public Site(String code, String name, String country, String createdBy) {
        this(code, name, country, false, createdBy);
    }

    /** A new site; {@code demo} marks a site of the synthetic demo network, for good. */
    public Site(String code, String name, String country, boolean demo, String createdBy) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.country = country;
        this.active = true;
        this.demo = demo;
        this.stamp = RecordStamp.createdBy(createdBy);
    }

    /** Renames the site, moves it to another country code, or (in)activates it; the code never changes. */
    public void change(String newName, String newCountry, boolean nowActive, String changedBy) {
        this.name = Objects.requireNonNull(newName, "name");
        this.country = newCountry;
        this.active = nowActive;
        this.stamp = stamp.changedBy(changedBy);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String country() {
        return country;
    }

    public boolean active() {
        return active;
    }

    public boolean demo() {
        return demo;
    }

    public long version() {
        return version;
    }

    public RecordStamp stamp() {
        return stamp;
    }
}
