package org.backoffice.payroll.impl.rules;

import static org.backoffice.payroll.impl.rules.Structures.bands;
import static org.backoffice.payroll.impl.rules.Structures.formula;
import static org.backoffice.payroll.impl.rules.Structures.percent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backoffice.payroll.api.rules.ComponentKind;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class StructureRulesTest {

    private static List<FieldError> errors(Runnable work) {
        return assertThrows(ValidationFailedException.class, work::run).errors();
    }

    @Test
    void ordersComponentsAfterWhatTheyRead() {
        CompiledStructure compiled = StructureRules.compile(Structures.structure(List.of(
                percent("TAXED", ComponentKind.DEDUCTION_AFTER_TAX, "TAXABLE", "10", null, null),
                percent("PENSION", ComponentKind.DEDUCTION_BEFORE_TAX, "GROSS", "5", null, null),
                formula("BONUS", ComponentKind.EARNING, "BASIC * 0.1"),
                formula("BASIC", ComponentKind.EARNING, "basePay"))));
        List<String> order = compiled.order();
        assertTrue(order.indexOf("BASIC") < order.indexOf("BONUS"));
        assertTrue(order.indexOf("BONUS") < order.indexOf("GROSS"));
        assertTrue(order.indexOf("GROSS") < order.indexOf("PENSION"));
        assertTrue(order.indexOf("PENSION") < order.indexOf("TAXABLE"));
        assertTrue(order.indexOf("TAXABLE") < order.indexOf("TAXED"));
    }

    @Test
    void aCycleIsRefusedAndNamed() {
        List<FieldError> errors = errors(() -> StructureRules.compile(Structures.structure(List.of(
                formula("A", ComponentKind.EARNING, "B + 1"), formula("B", ComponentKind.INFORMATIONAL, "A * 2")))));
        assertEquals("components", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("A -> B -> A"), errors.get(0).message());
    }

    @Test
    void aCycleThroughGrossIsNamed() {
        List<FieldError> errors = errors(() -> StructureRules.compile(Structures.structure(List.of(
                formula("BASIC", ComponentKind.EARNING, "basePay"),
                formula("BONUS", ComponentKind.EARNING, "GROSS * 0.1")))));
        assertTrue(errors.get(0).message().contains("BONUS -> GROSS -> BONUS"), errors.get(0).message());
    }

    @Test
    void formulaErrorsNameTheComponentFieldAndPosition() {
        List<FieldError> errors = errors(() -> StructureRules.compile(Structures.structure(List.of(
                formula("BASIC", ComponentKind.EARNING, "basePay * FACTOR"),
                formula("EXTRA", ComponentKind.EARNING, "BASIC *")))));
        assertEquals("components[0].formula", errors.get(0).field());
        assertEquals("at position 11: unknown name 'FACTOR'", errors.get(0).message());
        assertEquals("components[1].formula", errors.get(1).field());
        assertTrue(errors.get(1).message().startsWith("at position 8"), errors.get(1).message());
    }

    @Test
    void bracketsMustIncreaseAndStartAtZero() {
        List<FieldError> errors = errors(() -> StructureRules.compile(Structures.structure(List.of(
                formula("BASIC", ComponentKind.EARNING, "basePay"),
                Structures.tax(bands("100", "0", "3000", "20", "1000", "40"))))));
        assertEquals("components[1].brackets[0].from", errors.get(0).field());
        assertEquals("components[1].brackets[2].from", errors.get(1).field());
        assertTrue(errors.get(1).message().contains("bands must increase"));
    }

    @Test
    void aCapBelowItsMinimumIsRefused() {
        List<FieldError> errors = errors(() -> StructureRules.compile(Structures.structure(List.of(
                formula("BASIC", ComponentKind.EARNING, "basePay"),
                percent("PENSION", ComponentKind.DEDUCTION_BEFORE_TAX, "GROSS", "5", "100", "50")))));
        assertEquals("components[1].maximum", errors.get(0).field());
        assertEquals("must not be below the minimum 100", errors.get(0).message());
    }

    @Test
    void codesAreUniqueAndTotalsReserved() {
        List<FieldError> errors = errors(() -> StructureRules.compile(Structures.structure(List.of(
                formula("BASIC", ComponentKind.EARNING, "basePay"), formula("BASIC", ComponentKind.EARNING, "1"),
                formula("GROSS", ComponentKind.EARNING, "1"), formula("bad", ComponentKind.EARNING, "1")))));
        assertEquals(List.of("components[1].code", "components[2].code", "components[3].code"),
                errors.stream().map(FieldError::field).toList());
    }
}
