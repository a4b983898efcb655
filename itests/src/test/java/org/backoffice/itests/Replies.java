package org.backoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading replies the way every REST test does: the expected status, then the JSON; decimals as BigDecimal. */
final class Replies {

    private Replies() {
    }

    static JsonNode created(Http.Reply reply) throws Exception {
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json();
    }

    static JsonNode ok(Http.Reply reply) throws Exception {
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    /** A problem+json reply with the status, a type and a title (RFC 9457). */
    static void assertProblem(Http.Reply reply, int status) throws Exception {
        assertEquals(reply.toString(), status, reply.status());
        assertTrue(reply.toString(), reply.isProblem());
        JsonNode problem = reply.json();
        assertEquals(status, problem.get("status").asInt());
        assertNotNull(problem.get("title"));
        assertNotNull(problem.get("type"));
    }

    /** A 422 problem with an error on {@code field} whose message contains {@code messagePart}. */
    static void assertField(Http.Reply reply, String field, String messagePart) throws Exception {
        assertProblem(reply, 422);
        for (JsonNode error : reply.json().get("errors")) {
            if (error.get("field").asText().equals(field) && error.get("message").asText().contains(messagePart)) {
                return;
            }
        }
        throw new AssertionError("no error " + field + " '" + messagePart + "' in " + reply);
    }

    /** A JSON decimal, written as a number or a string. */
    static BigDecimal dec(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText());
    }

    /** The movement of an account in a trial balance: debit minus credit (0 when it has no line). */
    static BigDecimal movement(JsonNode trialBalance, String account) {
        for (JsonNode line : trialBalance.get("lines")) {
            if (line.get("account").asText().equals(account)) {
                return dec(line.get("debit")).subtract(dec(line.get("credit")));
            }
        }
        return BigDecimal.ZERO;
    }
}
