package org.backoffice.finance.command.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.apache.karaf.shell.api.console.Session;

/**
 * Asks the console user for a line: through the session's line editor on a terminal (SSH, local console), or from
 * the session's input when there is none (a script piped into {@code bin/client}, a test).
 */
final class Prompter {

    private final Session session;
    private final BufferedReader input;

    Prompter(Session session) {
        this.session = session;
        this.input = session.getTerminal() == null
                ? new BufferedReader(new InputStreamReader(session.getKeyboard(), StandardCharsets.UTF_8))
                : null;
    }

    /** The answer, or null at the end of the input. */
    String ask(String prompt) throws IOException {
        if (input == null) {
            return session.readLine(prompt, null);
        }
        System.out.print(prompt);
        System.out.flush();
        String line = input.readLine();
        System.out.println();
        return line;
    }
}
