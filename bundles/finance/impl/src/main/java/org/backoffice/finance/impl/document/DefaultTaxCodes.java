package org.backoffice.finance.impl.document;

import org.backoffice.finance.api.document.TaxCodeService;

/**
 * The default tax codes exist before a component's first document needs them: listing them creates them on an empty
 * table, so a component asks once in its life.
 */
public final class DefaultTaxCodes {

    private final TaxCodeService taxCodes;
    private volatile boolean checked;

    public DefaultTaxCodes(TaxCodeService taxCodes) {
        this.taxCodes = taxCodes;
    }

    public void ensure() {
        if (!checked) {
            taxCodes.list();
            checked = true;
        }
    }
}
