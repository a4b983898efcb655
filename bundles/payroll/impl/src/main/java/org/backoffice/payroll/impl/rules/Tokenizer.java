package org.backoffice.payroll.impl.rules;

import java.util.ArrayList;
import java.util.List;

/** Splits a formula into numbers, names, operators and punctuation; anything else is refused with its position. */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
                String number = text.substring(start, i);
                if (number.indexOf('.') != number.lastIndexOf('.') || number.endsWith(".")) {
                    throw new ExpressionException(start + 1, "'" + number + "' is not a number");
                }
                tokens.add(new Token(Token.Kind.NUMBER, number, start + 1));
            } else if (Character.isLetter(c) || c == '_') {
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.NAME, text.substring(start, i), start + 1));
            } else if ("<>=!".indexOf(c) >= 0) {
                i++;
                if (i < text.length() && text.charAt(i) == '=') {
                    i++;
                } else if (c == '=' || c == '!') {
                    throw new ExpressionException(start + 1, "'" + c + "' must be followed by '='");
                }
                tokens.add(new Token(Token.Kind.OPERATOR, text.substring(start, i), start + 1));
            } else if ("+-*/".indexOf(c) >= 0) {
                tokens.add(new Token(Token.Kind.OPERATOR, String.valueOf(c), start + 1));
                i++;
            } else if (c == '(' || c == ')' || c == ',' || c == '.') {
                Token.Kind kind = c == '(' ? Token.Kind.LEFT : c == ')' ? Token.Kind.RIGHT
                        : c == ',' ? Token.Kind.COMMA : Token.Kind.DOT;
                tokens.add(new Token(kind, String.valueOf(c), start + 1));
                i++;
            } else {
                throw new ExpressionException(start + 1, "unexpected character '" + c + "'");
            }
        }
        tokens.add(new Token(Token.Kind.END, "", text.length() + 1));
        return tokens;
    }
}
