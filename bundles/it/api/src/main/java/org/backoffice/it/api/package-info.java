/** The IT service desk: tickets, their SLA clocks, categories, groups and SLA policies. */
@Export
@Version("1.0.0")
package org.backoffice.it.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
