/** Training: courses, sessions with enrolments and a waiting list, certifications, position requirements, reports. */
@Export
@Version("1.0.0")
package org.backoffice.hr.api.training;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
