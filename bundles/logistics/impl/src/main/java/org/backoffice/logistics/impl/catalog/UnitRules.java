package org.backoffice.logistics.impl.catalog;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.backoffice.logistics.api.catalog.Unit;
import org.backoffice.logistics.api.catalog.UnitConversion;
import org.backoffice.logistics.impl.Codes;
import org.backoffice.platform.api.error.Validator;

/** The rules a unit and a product's conversion must satisfy, whoever calls. */
final class UnitRules {

    /** DECIMAL(19,4) quantity columns: a unit cannot ask for more. */
    static final int MAX_DECIMALS = 4;
    static final int FACTOR_DECIMALS = 6;

    private static final Pattern UNECE = Pattern.compile("[A-Z0-9]{2,3}");

    private UnitRules() {
    }

    static void check(Unit unit, boolean creating) {
        Validator v = new Validator();
        if (creating) {
            Codes.check(v, "code", unit.code(), UnitEntity.CODE_LENGTH);
        }
        v.requiredText("name", unit.name(), 100);
        if (unit.uneceCode() != null) {
            v.matches("uneceCode", unit.uneceCode(), UNECE, "must be a UN/ECE Recommendation 20 code: 2 or 3 upper-case"
                    + " letters or digits");
        }
        if (v.required("decimals", unit.decimals())) {
            v.check(unit.decimals() >= 0 && unit.decimals() <= MAX_DECIMALS, "decimals",
                    "must be from 0 to " + MAX_DECIMALS);
        }
        v.throwIfInvalid();
    }

    static void check(UnitConversion conversion) {
        Validator v = new Validator();
        v.requiredText("unit", conversion.unit(), UnitEntity.CODE_LENGTH);
        if (v.required("factor", conversion.factor())) {
            BigDecimal factor = conversion.factor();
            v.check(factor.signum() > 0, "factor", "must be more than zero");
            v.check(factor.stripTrailingZeros().scale() <= FACTOR_DECIMALS, "factor",
                    "must have at most " + FACTOR_DECIMALS + " decimals");
            v.check(factor.compareTo(BigDecimal.TEN.pow(12)) < 0, "factor", "must be less than 10^12");
        }
        v.throwIfInvalid();
    }
}
