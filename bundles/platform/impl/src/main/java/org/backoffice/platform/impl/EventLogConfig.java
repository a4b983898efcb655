package org.backoffice.platform.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Backoffice event log", description = "Delivery of business events to subscribers")
@interface EventLogConfig {

    @AttributeDefinition(description = "How often the log is checked for new events, in milliseconds")
    long pollIntervalMillis() default 200;

    @AttributeDefinition(description = "Pause before the first retry of a failed event, in milliseconds; doubles each time")
    long retryInitialMillis() default 1000;

    @AttributeDefinition(description = "Longest pause between retries, in milliseconds")
    long retryMaxMillis() default 300000;

    @AttributeDefinition(description = "Events read per subscriber and pass")
    int batchSize() default 200;
}
