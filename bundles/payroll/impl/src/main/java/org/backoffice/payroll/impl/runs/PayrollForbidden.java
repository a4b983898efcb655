package org.backoffice.payroll.impl.runs;

import java.util.Map;

import org.backoffice.payroll.api.PayrollModule;
import org.backoffice.platform.api.error.ProblemException;

/** 403: a change by someone who may read payroll but not change it. */
final class PayrollForbidden extends ProblemException {

    private static final long serialVersionUID = 1L;

    PayrollForbidden() {
        super(403, "urn:backoffice:problem:forbidden", "Forbidden", "needs the role " + PayrollModule.MANAGER,
                Map.of());
    }
}
