package org.backoffice.it.api.assets;

import java.time.Instant;

/** One step of an asset's history: created, checked out, checked in, status changed, attached. */
public record AssetEvent(Instant at, String user, String action, AssetStatus status, String holder, String note) {
}
