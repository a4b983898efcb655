package org.backoffice.platform.impl;

/** How the platform finds the shared DataSource that pax-jdbc-config registers from etc/org.ops4j.datasource-backoffice.cfg. */
final class PlatformDataSource {

    static final String TARGET = "(osgi.jndi.service.name=backoffice)";

    private PlatformDataSource() {
    }
}
