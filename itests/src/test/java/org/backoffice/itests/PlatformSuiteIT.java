package org.backoffice.itests;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;

/**
 * One server (the default server) for several classes: its members run in order in one Pax Exam container ({@code PerSuite}),
 * configured by the first member, so each member's fixtures accept what an earlier one made. Failsafe runs each suite
 * in a JVM of its own (itests/pom.xml); {@code -Dit.test=Member} runs one member alone on its own server.
 */
@RunWith(Suite.class)
@Suite.SuiteClasses({
    PlatformIT.class,
    PartnersIT.class,
    EventLogIT.class,
    CalendarIT.class
})
public class PlatformSuiteIT {
}
