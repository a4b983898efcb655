package org.backoffice.payroll.impl.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class ParserTest {

    private static final Names NAMES = new Names(Set.of("BASIC", "BONUS"));

    private static final Scope SCOPE = new Scope() {
        private final Map<String, BigDecimal> amounts = Map.of("BASIC", new BigDecimal("3000.00"), "GROSS",
                new BigDecimal("3500.00"));

        public BigDecimal amount(String code) {
            return amounts.getOrDefault(code, BigDecimal.ZERO);
        }

        public BigDecimal attribute(String name) {
            return name.equals("fte") ? new BigDecimal("0.5") : BigDecimal.valueOf(31);
        }

        public BigDecimal input(String name) {
            return name.equals("HOURS") ? new BigDecimal("7.5") : BigDecimal.ZERO;
        }

        public BigDecimal ytd(String code) {
            return new BigDecimal("9000");
        }
    };

    private static BigDecimal eval(String formula) {
        return Parser.parse(formula, NAMES).number(SCOPE);
    }

    @Test
    void precedenceAndParentheses() {
        assertEquals(0, new BigDecimal("14").compareTo(eval("2 + 3 * 4")));
        assertEquals(0, new BigDecimal("20").compareTo(eval("(2 + 3) * 4")));
        assertEquals(0, new BigDecimal("-1").compareTo(eval("-(3 - 2)")));
        assertEquals(0, new BigDecimal("1").compareTo(eval("10 - 4 - 5")));
    }

    @Test
    void referencesAttributesInputsAndYtd() {
        assertEquals(0, new BigDecimal("1500").compareTo(eval("BASIC * fte")));
        assertEquals(0, new BigDecimal("187.5").compareTo(eval("input.HOURS * 25")));
        assertEquals(0, new BigDecimal("12500").compareTo(eval("ytd(BASIC) + GROSS")));
    }

    @Test
    void functions() {
        assertEquals(0, new BigDecimal("100").compareTo(eval("if(GROSS > 3000, 100, 0)")));
        assertEquals(0, BigDecimal.ZERO.compareTo(eval("if(GROSS <= 3000, 100, 0)")));
        assertEquals(0, new BigDecimal("175").compareTo(eval("min(GROSS * 0.05, 250)")));
        assertEquals(0, new BigDecimal("3500").compareTo(eval("max(BASIC, GROSS, 1)")));
        assertEquals(new BigDecimal("3.33"), eval("round(10 / 3, 2)"));
        assertEquals(new BigDecimal("0.67"), eval("round(2 / 3, 2)"));
        assertEquals(new BigDecimal("3"), eval("round(2.5, 0)"));
    }

    @Test
    void referencesAreCollectedWithoutYtd() {
        Set<String> references = new TreeSet<>();
        Parser.parse("BASIC + ytd(BONUS) + GROSS", NAMES).references(references);
        assertEquals(Set.of("BASIC", "GROSS"), references);
    }

    @Test
    void unknownNameIsNamedWithItsPosition() {
        ExpressionException e = assertThrows(ExpressionException.class, () -> Parser.parse("BASIC + BASE", NAMES));
        assertEquals(9, e.getPosition());
        assertTrue(e.getMessage().contains("unknown name 'BASE'"), e.getMessage());
        e = assertThrows(ExpressionException.class, () -> Parser.parse("ytd(NOPE)", NAMES));
        assertEquals(5, e.getPosition());
        e = assertThrows(ExpressionException.class, () -> Parser.parse("sqrt(4)", NAMES));
        assertTrue(e.getMessage().contains("unknown function 'sqrt'"));
    }

    @Test
    void syntaxErrorsNameThePosition() {
        assertEquals(8, assertThrows(ExpressionException.class, () -> Parser.parse("BASIC +", NAMES)).getPosition());
        assertEquals(7, assertThrows(ExpressionException.class, () -> Parser.parse("BASIC $ 2", NAMES)).getPosition());
        assertEquals(8, assertThrows(ExpressionException.class, () -> Parser.parse("(1 + 2 3", NAMES)).getPosition());
        assertEquals(1, assertThrows(ExpressionException.class, () -> Parser.parse("1..2", NAMES)).getPosition());
        assertEquals(1, assertThrows(ExpressionException.class, () -> Parser.parse(" ", NAMES)).getPosition());
    }

    @Test
    void typeErrors() {
        ExpressionException e = assertThrows(ExpressionException.class, () -> Parser.parse("BASIC > 1", NAMES));
        assertTrue(e.getMessage().contains("a number is needed"), e.getMessage());
        e = assertThrows(ExpressionException.class, () -> Parser.parse("if(BASIC, 1, 2)", NAMES));
        assertEquals(4, e.getPosition());
        assertTrue(e.getMessage().contains("a comparison is needed"));
        e = assertThrows(ExpressionException.class, () -> Parser.parse("(1 < 2) + 3", NAMES));
        assertEquals(9, e.getPosition());
        assertThrows(ExpressionException.class, () -> Parser.parse("if(1 < 2, 3)", NAMES));
        assertThrows(ExpressionException.class, () -> Parser.parse("round(BASIC, BONUS)", NAMES));
        assertThrows(ExpressionException.class, () -> Parser.parse("min(1)", NAMES));
    }

    @Test
    void divisionByZeroFailsAtEvaluation() {
        assertThrows(ArithmeticException.class, () -> eval("BASIC / (fte - 0.5)"));
    }
}
