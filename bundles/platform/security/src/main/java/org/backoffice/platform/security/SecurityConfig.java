package org.backoffice.platform.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.backoffice.security.cfg}. */
@ObjectClassDefinition(name = "Backoffice security")
public @interface SecurityConfig {

    @AttributeDefinition(description = "Failed sign-ins for one user within the window before it is locked")
    int userFailures() default 5;

    @AttributeDefinition(description = "Failed sign-ins from one address within the window before it is locked")
    int addressFailures() default 20;

    @AttributeDefinition(description = "The window and the lockout time (seconds)")
    long windowSeconds() default 300;

    @AttributeDefinition(description = "Days the access log keeps its entries")
    int accessLogRetentionDays() default 90;

    @AttributeDefinition(description = "When the access log retention job runs (Quartz cron, seconds first)")
    String accessLogRetentionSchedule() default "0 30 3 * * ?";

    @AttributeDefinition(description = "Longest lifetime of an API key (days)")
    int apiKeyMaxDays() default 730;
}
