/** The IT asset and licence register: assets, check-out and check-in, licences with seats, compliance. */
@Export
@Version("1.0.0")
package org.backoffice.it.api.assets;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
