package org.backoffice.finance.api.document;

import java.math.BigDecimal;

/** The tax of one tax code on a document: computed on the document's summed net of that code, rounded once. */
public record TaxAmount(String taxCode, BigDecimal rate, BigDecimal base, BigDecimal tax) {
}
