package org.backoffice.it.api.assets;

import java.util.List;

/** What one person holds now: their assets and licence seats (what to take back when they leave). */
public record Holdings(String holder, List<Asset> assets, List<SeatAssignment> seats) {
}
