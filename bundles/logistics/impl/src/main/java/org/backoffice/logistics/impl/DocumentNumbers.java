package org.backoffice.logistics.impl;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javax.persistence.EntityManager;

import org.backoffice.platform.api.numbers.NumberSeries;
import org.backoffice.platform.support.jpa.NumberCarryOver;

/**
 * Logistics document numbers ({@code SO-2026-000001}) from the platform's gapless number series, taken in the
 * caller's transaction. Numbers issued before the platform series existed (LOG_DOCUMENT_SERIES, now only read) carry
 * over before the first number is taken.
 */
public final class DocumentNumbers {

    public static final String PURCHASE_ORDER = "PO";
    public static final String SALES_ORDER = "SO";
    public static final String PICK_LIST = "PL";
    public static final String SHIPMENT = "SH";

    private final NumberSeries numbers;
    private final NumberCarryOver carryOver;

    public DocumentNumbers(NumberSeries numbers) {
        this.numbers = numbers;
        this.carryOver = new NumberCarryOver(numbers, "LOG_DOCUMENT_SERIES", "SERIES", "LAST_NUMBER");
    }

    /** The next number of this year's (UTC) series of {@code prefix}. */
    public String next(EntityManager em, String prefix) {
        return next(em, prefix, LocalDate.now(ZoneOffset.UTC).getYear());
    }

    /** The next number of {@code year}'s series of {@code prefix}, in the caller's transaction. */
    public String next(EntityManager em, String prefix, int year) {
        carryOver.ensure(em.unwrap(Connection.class));
        return numbers.nextFormatted(em, prefix, year);
    }
}
