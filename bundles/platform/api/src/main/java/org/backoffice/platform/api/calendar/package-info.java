/**
 * Business calendars shared by every module that counts working time: leave (HR), service-desk SLAs (IT) and support
 * cases. A calendar has an IANA time zone, weekly working windows as local wall-clock times and holidays as local
 * dates; all arithmetic is done on {@link java.time.ZonedDateTime} windows, never with a fixed offset.
 */
@Export
@Version("1.1.0")
package org.backoffice.platform.api.calendar;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
