package org.backoffice.hr.impl.training;

/** Configuration of the daily certification expiry scan (PID {@code org.backoffice.hr.training}). */
public @interface ExpiryJobConfig {

    /** Days before expiry at which a CERTIFICATION_EXPIRING event is sent, once each, separated by commas. */
    String thresholds() default "60,14";

    /** Local time of day (hour, 0-23) of the daily scan. */
    int hour() default 2;

    /** Whether the daily scan runs at all (the explicit REST scan always works). */
    boolean enabled() default true;
}
