package org.backoffice.payroll.impl.rules;

import java.math.BigDecimal;

/** What a formula can read while it is evaluated. */
public interface Scope {

    /** A component computed before (or {@code GROSS}, {@code TAXABLE}). */
    BigDecimal amount(String code);

    /** A contract or period attribute ({@link Names#ATTRIBUTES}). */
    BigDecimal attribute(String name);

    /** A run input; 0 when the run gives none. */
    BigDecimal input(String name);

    /** The component's posted total in the year before this payslip. */
    BigDecimal ytd(String code);
}
