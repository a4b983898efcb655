package org.backoffice.payroll.api.rules;

/**
 * What a component does to the payslip. Gross is the sum of the earnings; taxable pay is the taxable earnings less
 * the deductions before tax; net pay is gross less every deduction (before and after tax). Employer contributions
 * cost the employer and never touch net pay; informational components only show a figure.
 */
public enum ComponentKind {
    EARNING, DEDUCTION_BEFORE_TAX, DEDUCTION_AFTER_TAX, EMPLOYER_CONTRIBUTION, INFORMATIONAL;

    public boolean isDeduction() {
        return this == DEDUCTION_BEFORE_TAX || this == DEDUCTION_AFTER_TAX;
    }
}
