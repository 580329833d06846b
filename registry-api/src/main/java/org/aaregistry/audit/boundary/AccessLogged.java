package org.aaregistry.audit.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.aaregistry.audit.entity.AccessAction;

/**
 * Marks a resource method whose every call goes to the access log with this action and resource type. The
 * boundary adds the record id and patient through {@link org.aaregistry.audit.control.AccessRecord}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AccessLogged {

    AccessAction action();

    /** The kind of record, e.g. {@code patient}, {@code blood_count}, {@code report}. */
    String resource();
}
