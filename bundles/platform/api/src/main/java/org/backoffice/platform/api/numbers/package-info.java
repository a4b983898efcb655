/**
 * Document numbers: one gapless series per document kind and fiscal year, shared by every module
 * ({@code JE-2026-000001}, {@code SO-2026-000042}, {@code IT-2026-000007}).
 */
@Export
@Version("1.0.0")
package org.backoffice.platform.api.numbers;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
