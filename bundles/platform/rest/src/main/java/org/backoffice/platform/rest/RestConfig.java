package org.backoffice.platform.rest;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Backoffice REST API", description = "The /api servlet: request limits and authentication")
@interface RestConfig {

    @AttributeDefinition(description = "Largest accepted request body in bytes; larger bodies get 413")
    long maxBodyBytes() default 1_048_576L;

    @AttributeDefinition(description = "JAAS realm that checks user names and passwords")
    String realm() default "karaf";

    @AttributeDefinition(description = "Seconds a successful login is remembered (0 to check every request)")
    int authCacheSeconds() default 30;

    @AttributeDefinition(description = "Seconds a stopping server waits for the API requests already running")
    long drainSeconds() default 15;
}
