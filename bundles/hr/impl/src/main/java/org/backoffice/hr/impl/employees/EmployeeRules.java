package org.backoffice.hr.impl.employees;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.backoffice.hr.api.employees.Contract;
import org.backoffice.hr.api.employees.ContractType;
import org.backoffice.hr.api.employees.Department;
import org.backoffice.hr.api.employees.Employee;
import org.backoffice.hr.api.employees.Position;
import org.backoffice.platform.api.Address;
import org.backoffice.platform.api.BankIdentifiers;
import org.backoffice.platform.api.error.Validator;

/** The field rules of employees, contracts, departments and positions (references are checked by the service). */
final class EmployeeRules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{3,30}");
    private static final String CODE_RULE =
            "must start with a letter or digit and contain only letters, digits, '.', '_' and '-' (40 at most)";

    private EmployeeRules() {
    }

    static Validator employee(Employee e, boolean hiring) {
        Validator v = new Validator();
        if (hiring && e.number() != null) {
            v.matches("number", e.number(), CODE, CODE_RULE);
        }
        v.requiredText("givenName", e.givenName(), 100);
        v.requiredText("familyName", e.familyName(), 100);
        v.optionalText("preferredName", e.preferredName(), 100);
        v.email("workEmail", e.workEmail());
        v.matches("workPhone", e.workPhone(), PHONE, "must be a phone number like +1 555 0100");
        v.optionalText("nationalId", e.nationalId(), 50);
        address(v, "homeAddress", e.homeAddress());
        if (e.iban() != null) {
            v.check(BankIdentifiers.validIban(BankIdentifiers.normalizeIban(e.iban())), "iban",
                    "is not a valid IBAN (ISO 13616: country, check digits that pass mod-97, account)");
        }
        if (e.bic() != null) {
            v.check(BankIdentifiers.validBic(e.bic()), "bic", "is not a valid BIC (ISO 9362: 8 or 11 characters)");
        }
        v.optionalText("emergencyContact", e.emergencyContact(), 400);
        if (hiring) {
            v.required("hireDate", e.hireDate());
        }
        if (e.birthDate() != null && e.hireDate() != null) {
            v.check(e.birthDate().isBefore(e.hireDate()), "birthDate", "must be before the hire date");
        }
        v.optionalText("costCentre", e.costCentre(), 40);
        v.optionalText("user", e.user(), 200);
        v.optionalText("notes", e.notes(), 4000);
        return v;
    }

    static void contract(Contract c) {
        Validator v = new Validator();
        v.required("type", c.type());
        if (v.required("start", c.start())) {
            if (c.end() != null) {
                v.check(!c.end().isBefore(c.start()), "end", "must not be before start");
            }
            if (c.probationEnd() != null) {
                v.check(!c.probationEnd().isBefore(c.start()) && (c.end() == null
                        || !c.probationEnd().isAfter(c.end())), "probationEnd", "must be between start and end");
            }
        }
        if (c.type() == ContractType.FIXED_TERM) {
            v.required("end", c.end());
        }
        if (c.ftePercent() != null && v.nonNegativeDecimal("ftePercent", c.ftePercent(), 2)) {
            v.check(c.ftePercent().signum() > 0 && c.ftePercent().compareTo(new BigDecimal("100")) <= 0,
                    "ftePercent", "must be more than 0 and at most 100");
        }
        if (c.weeklyHours() != null && v.nonNegativeDecimal("weeklyHours", c.weeklyHours(), 2)) {
            v.check(c.weeklyHours().compareTo(new BigDecimal("168")) <= 0, "weeklyHours", "must be at most 168");
        }
        v.range("workDays", c.workDays(), 1, 7);
        if (c.payAmount() != null) {
            if (v.nonNegativeDecimal("payAmount", c.payAmount(), 2)) {
                v.check(c.payAmount().precision() - c.payAmount().scale() <= 15, "payAmount",
                        "must be less than 10^15");
            }
            if (v.required("payCurrency", c.payCurrency())) {
                v.currency("payCurrency", c.payCurrency());
            }
            v.required("payFrequency", c.payFrequency());
        }
        v.range("noticeDays", c.noticeDays(), 0, 3650);
        v.throwIfInvalid();
    }

    static Validator department(Department d, boolean creating) {
        Validator v = new Validator();
        if (creating && v.requiredText("code", d.code(), 40)) {
            v.matches("code", d.code(), CODE, CODE_RULE);
        }
        v.requiredText("name", d.name(), 200);
        return v;
    }

    static Validator position(Position p, boolean creating) {
        Validator v = new Validator();
        if (creating && v.requiredText("code", p.code(), 40)) {
            v.matches("code", p.code(), CODE, CODE_RULE);
        }
        v.requiredText("title", p.title(), 200);
        v.range("plannedHeadcount", p.plannedHeadcount(), 0, 100_000);
        return v;
    }

    private static void address(Validator v, String field, Address address) {
        if (address == null) {
            return;
        }
        v.optionalText(field + ".street", address.street(), 200);
        v.optionalText(field + ".city", address.city(), 100);
        v.optionalText(field + ".postalCode", address.postalCode(), 20);
        if (v.required(field + ".country", address.country())) {
            v.country(field + ".country", address.country());
        }
    }
}
