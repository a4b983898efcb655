package org.backoffice.it.api.assets;

import java.time.LocalDate;

/** A licence's seats owned, used and used beyond those owned: over-use is shown, never hidden. */
public record Compliance(String licence, String product, int owned, int used, int overUse, LocalDate expiry,
        boolean expired) {
}
