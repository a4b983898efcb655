package org.backoffice.finance.impl;

/**
 * The one configuration of the finance module, {@code etc/org.backoffice.finance.cfg}. Each subdomain reads its own
 * keys of it through its own {@code @ObjectClassDefinition} ({@code LedgerConfig}, {@code DocumentConfig},
 * {@code ReceivablesConfig}, {@code PayablesConfig}, {@code DunningConfig}, {@code BankConfig}); a component takes
 * the types it needs as constructor parameters, all filled from this PID.
 *
 * <p>None of them is designated for the MetaType service: MetaType describes one PID of a bundle by exactly one
 * object class, so designating six would conflict, and an aggregate type would repeat every key and default a
 * second time (nothing in Backoffice reads MetaType; the keys are documented here and in the README).
 */
public final class FinanceConfig {

    public static final String PID = "org.backoffice.finance";

    private FinanceConfig() {
    }
}
