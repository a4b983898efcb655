package org.backoffice.payroll.impl.rules;

import java.util.Set;

/** The names a formula of a structure may use: its component codes, the totals and the attributes. */
public record Names(Set<String> components) {

    public static final String GROSS = "GROSS";
    public static final String TAXABLE = "TAXABLE";
    public static final Set<String> TOTALS = Set.of(GROSS, TAXABLE);
    /** Contract and period attributes. */
    public static final Set<String> ATTRIBUTES = Set.of("basePay", "fte", "daysEmployed", "calendarDays",
            "workingDays", "payDays");

    boolean isComponent(String name) {
        return components.contains(name) || TOTALS.contains(name);
    }
}
