package org.backoffice.payroll.impl.rules;

/** A formula that cannot be read or typed: {@code position} is the 1-based character where the problem starts. */
public final class ExpressionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int position;

    public ExpressionException(int position, String message) {
        super("at position " + position + ": " + message);
        this.position = position;
    }

    public int getPosition() {
        return position;
    }
}
