package org.backoffice.platform.console;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The web console's settings, PID {@code org.backoffice.console}. */
@ObjectClassDefinition(name = "Backoffice console", description = "Web console sessions")
public @interface ConsoleConfig {

    @AttributeDefinition(description = "A session not used for this many seconds is signed out")
    long idleTimeoutSeconds() default 1800;

    @AttributeDefinition(description = "The JAAS realm that checks user names and passwords (the same as REST)")
    String realm() default "karaf";
}
