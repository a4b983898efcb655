package org.backoffice.payroll.impl.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/** A parsed, type-checked formula: numbers or truth values, evaluated against a {@link Scope}. */
public sealed interface Expr {

    enum Type {
        NUMBER, BOOLEAN
    }

    /** Intermediate results keep 20 significant digits; a component is rounded only once, when it is complete. */
    MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

    Type type();

    default BigDecimal number(Scope scope) {
        throw new IllegalStateException("not a number");
    }

    default boolean truth(Scope scope) {
        throw new IllegalStateException("not a truth value");
    }

    /** The components (and totals) this expression reads now; {@code ytd} reads the past and is no dependency. */
    default void references(Set<String> into) {
    }

    record Literal(BigDecimal value) implements Expr {
        public Type type() {
            return Type.NUMBER;
        }

        public BigDecimal number(Scope scope) {
            return value;
        }
    }

    record Reference(String code) implements Expr {
        public Type type() {
            return Type.NUMBER;
        }

        public BigDecimal number(Scope scope) {
            return scope.amount(code);
        }

        public void references(Set<String> into) {
            into.add(code);
        }
    }

    record Attribute(String name) implements Expr {
        public Type type() {
            return Type.NUMBER;
        }

        public BigDecimal number(Scope scope) {
            return scope.attribute(name);
        }
    }

    record Input(String name) implements Expr {
        public Type type() {
            return Type.NUMBER;
        }

        public BigDecimal number(Scope scope) {
            return scope.input(name);
        }
    }

    record Ytd(String code) implements Expr {
        public Type type() {
            return Type.NUMBER;
        }

        public BigDecimal number(Scope scope) {
            return scope.ytd(code);
        }
    }

    record Negate(Expr operand) implements Expr {
        public Type type() {
            return Type.NUMBER;
        }

        public BigDecimal number(Scope scope) {
            return operand.number(scope).negate();
        }

        public void references(Set<String> into) {
            operand.references(into);
        }
    }

    record Arithmetic(char operator, Expr left, Expr right) implements Expr {
        public Type type() {
            return Type.NUMBER;
        }

        public BigDecimal number(Scope scope) {
            BigDecimal a = left.number(scope);
            BigDecimal b = right.number(scope);
            return switch (operator) {
                case '+' -> a.add(b);
                case '-' -> a.subtract(b);
                case '*' -> a.multiply(b, PRECISION);
                default -> {
                    if (b.signum() == 0) {
                        throw new ArithmeticException("division by zero");
                    }
                    yield a.divide(b, PRECISION);
                }
            };
        }

        public void references(Set<String> into) {
            left.references(into);
            right.references(into);
        }
    }

    record Comparison(String operator, Expr left, Expr right) implements Expr {
        public Type type() {
            return Type.BOOLEAN;
        }

        public boolean truth(Scope scope) {
            int c = left.number(scope).compareTo(right.number(scope));
            return switch (operator) {
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                case ">=" -> c >= 0;
                case "==" -> c == 0;
                default -> c != 0;
            };
        }

        public void references(Set<String> into) {
            left.references(into);
            right.references(into);
        }
    }

    record Conditional(Expr condition, Expr then, Expr otherwise) implements Expr {
        public Type type() {
            return Type.NUMBER;
        }

        public BigDecimal number(Scope scope) {
            return condition.truth(scope) ? then.number(scope) : otherwise.number(scope);
        }

        public void references(Set<String> into) {
            condition.references(into);
            then.references(into);
            otherwise.references(into);
        }
    }

    record Extreme(boolean max, List<Expr> operands) implements Expr {
        public Type type() {
            return Type.NUMBER;
        }

        public BigDecimal number(Scope scope) {
            BigDecimal best = operands.get(0).number(scope);
            for (int i = 1; i < operands.size(); i++) {
                BigDecimal next = operands.get(i).number(scope);
                if (max ? next.compareTo(best) > 0 : next.compareTo(best) < 0) {
                    best = next;
                }
            }
            return best;
        }

        public void references(Set<String> into) {
            operands.forEach(operand -> operand.references(into));
        }
    }

    record Round(Expr operand, int scale) implements Expr {
        public Type type() {
            return Type.NUMBER;
        }

        public BigDecimal number(Scope scope) {
            return operand.number(scope).setScale(scale, RoundingMode.HALF_UP);
        }

        public void references(Set<String> into) {
            operand.references(into);
        }
    }
}
