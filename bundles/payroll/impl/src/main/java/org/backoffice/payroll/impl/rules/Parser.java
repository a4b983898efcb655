package org.backoffice.payroll.impl.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.backoffice.payroll.impl.rules.Expr.Type;

/**
 * Recursive descent over the formula grammar, checking types and names as it goes, so a saved formula cannot fail to
 * run for a reason that could have been seen before:
 *
 * <pre>
 * formula    = comparison END
 * comparison = additive [ ("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") additive ]
 * additive   = term { ("+" | "-") term }
 * term       = unary { ("*" | "/") unary }
 * unary      = "-" unary | primary
 * primary    = NUMBER | "(" comparison ")" | NAME [ "(" arguments ")" ] | "input" "." NAME
 * </pre>
 *
 * Functions: {@code if(condition, a, b)}, {@code min(a, b, ...)}, {@code max(a, b, ...)}, {@code round(x, scale)},
 * {@code ytd(CODE)}. The whole formula must be a number.
 */
public final class Parser {

    private final List<Token> tokens;
    private final Names names;
    private int next;

    private Parser(List<Token> tokens, Names names) {
        this.tokens = tokens;
        this.names = names;
    }

    /** Parses and type-checks; a failure names the position and what is wrong. */
    public static Expr parse(String formula, Names names) {
        if (formula == null || formula.isBlank()) {
            throw new ExpressionException(1, "is empty");
        }
        Parser parser = new Parser(Tokenizer.tokens(formula), names);
        Expr expr = parser.comparison();
        Token end = parser.peek();
        if (end.kind() != Token.Kind.END) {
            throw new ExpressionException(end.position(), "unexpected '" + end.text() + "'");
        }
        parser.expect(expr, Type.NUMBER, 1);
        return expr;
    }

    private Expr comparison() {
        Expr left = additive();
        Token operator = peek();
        if (operator.kind() == Token.Kind.OPERATOR && "<>=!".indexOf(operator.text().charAt(0)) >= 0) {
            next++;
            Expr right = additive();
            expect(left, Type.NUMBER, operator.position());
            expect(right, Type.NUMBER, operator.position());
            return new Expr.Comparison(operator.text(), left, right);
        }
        return left;
    }

    private Expr additive() {
        Expr left = term();
        while (peek().is(Token.Kind.OPERATOR, "+") || peek().is(Token.Kind.OPERATOR, "-")) {
            Token operator = tokens.get(next++);
            Expr right = term();
            left = arithmetic(operator, left, right);
        }
        return left;
    }

    private Expr term() {
        Expr left = unary();
        while (peek().is(Token.Kind.OPERATOR, "*") || peek().is(Token.Kind.OPERATOR, "/")) {
            Token operator = tokens.get(next++);
            Expr right = unary();
            left = arithmetic(operator, left, right);
        }
        return left;
    }

    private Expr arithmetic(Token operator, Expr left, Expr right) {
        expect(left, Type.NUMBER, operator.position());
        expect(right, Type.NUMBER, operator.position());
        return new Expr.Arithmetic(operator.text().charAt(0), left, right);
    }

    private Expr unary() {
        Token token = peek();
        if (token.is(Token.Kind.OPERATOR, "-")) {
            next++;
            Expr operand = unary();
            expect(operand, Type.NUMBER, token.position());
            return new Expr.Negate(operand);
        }
        return primary();
    }

    private Expr primary() {
        Token token = tokens.get(next++);
        switch (token.kind()) {
            case NUMBER:
                return new Expr.Literal(new BigDecimal(token.text()));
            case LEFT: {
                Expr inner = comparison();
                require(Token.Kind.RIGHT, "')'");
                return inner;
            }
            case NAME:
                return named(token);
            default:
                throw new ExpressionException(token.position(),
                        token.kind() == Token.Kind.END ? "the formula ends too early" : "unexpected '" + token.text() + "'");
        }
    }

    private Expr named(Token name) {
        if (name.text().equals("input") && peek().kind() == Token.Kind.DOT) {
            next++;
            Token input = require(Token.Kind.NAME, "an input name");
            return new Expr.Input(input.text());
        }
        if (peek().kind() == Token.Kind.LEFT) {
            next++;
            return function(name);
        }
        if (names.isComponent(name.text())) {
            return new Expr.Reference(name.text());
        }
        if (Names.ATTRIBUTES.contains(name.text())) {
            return new Expr.Attribute(name.text());
        }
        throw new ExpressionException(name.position(), "unknown name '" + name.text() + "'");
    }

    private Expr function(Token name) {
        if (name.text().equals("ytd")) {
            Token code = require(Token.Kind.NAME, "a component code");
            if (!names.components().contains(code.text())) {
                throw new ExpressionException(code.position(), "unknown component '" + code.text() + "'");
            }
            require(Token.Kind.RIGHT, "')'");
            return new Expr.Ytd(code.text());
        }
        List<Expr> arguments = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        do {
            positions.add(peek().position());
            arguments.add(comparison());
        } while (peek().kind() == Token.Kind.COMMA && next++ >= 0);
        require(Token.Kind.RIGHT, "')'");
        switch (name.text()) {
            case "if":
                arity(name, arguments, 3);
                expect(arguments.get(0), Type.BOOLEAN, positions.get(0));
                expect(arguments.get(1), Type.NUMBER, positions.get(1));
                expect(arguments.get(2), Type.NUMBER, positions.get(2));
                return new Expr.Conditional(arguments.get(0), arguments.get(1), arguments.get(2));
            case "min":
            case "max":
                if (arguments.size() < 2) {
                    throw new ExpressionException(name.position(), name.text() + " needs at least 2 arguments");
                }
                for (int i = 0; i < arguments.size(); i++) {
                    expect(arguments.get(i), Type.NUMBER, positions.get(i));
                }
                return new Expr.Extreme(name.text().equals("max"), List.copyOf(arguments));
            case "round":
                arity(name, arguments, 2);
                expect(arguments.get(0), Type.NUMBER, positions.get(0));
                if (!(arguments.get(1) instanceof Expr.Literal scale) || scale.value().scale() > 0
                        || scale.value().signum() < 0 || scale.value().intValue() > 10) {
                    throw new ExpressionException(positions.get(1), "the scale of round must be a whole number 0 to 10");
                }
                return new Expr.Round(arguments.get(0), ((Expr.Literal) arguments.get(1)).value().intValue());
            default:
                throw new ExpressionException(name.position(), "unknown function '" + name.text() + "'");
        }
    }

    private static void arity(Token name, List<Expr> arguments, int count) {
        if (arguments.size() != count) {
            throw new ExpressionException(name.position(),
                    name.text() + " needs " + count + " arguments, not " + arguments.size());
        }
    }

    private void expect(Expr expr, Type type, int position) {
        if (expr.type() != type) {
            throw new ExpressionException(position, type == Type.NUMBER
                    ? "a number is needed here, not a comparison" : "a comparison is needed here, not a number");
        }
    }

    private Token require(Token.Kind kind, String what) {
        Token token = tokens.get(next);
        if (token.kind() != kind) {
            throw new ExpressionException(token.position(), what + " expected"
                    + (token.kind() == Token.Kind.END ? " at the end" : " instead of '" + token.text() + "'"));
        }
        next++;
        return token;
    }

    private Token peek() {
        return tokens.get(next);
    }
}
