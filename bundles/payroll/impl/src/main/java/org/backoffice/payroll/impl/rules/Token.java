package org.backoffice.payroll.impl.rules;

/** One token of a formula; {@code position} is 1-based. */
record Token(Kind kind, String text, int position) {

    enum Kind {
        NUMBER, NAME, OPERATOR, LEFT, RIGHT, COMMA, DOT, END
    }

    boolean is(Kind kind, String text) {
        return this.kind == kind && this.text.equals(text);
    }
}
