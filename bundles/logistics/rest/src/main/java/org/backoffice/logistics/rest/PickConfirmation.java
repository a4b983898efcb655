package org.backoffice.logistics.rest;

import java.math.BigDecimal;

/** The body of a pick line confirmation: the quantity actually picked. */
public record PickConfirmation(BigDecimal quantity) {
}
