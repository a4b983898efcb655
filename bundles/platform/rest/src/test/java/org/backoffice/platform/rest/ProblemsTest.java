package org.backoffice.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import javax.ws.rs.NotFoundException;

import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class ProblemsTest {

    public record Thing(String name, Integer days, BigDecimal amount, List<String> tags) {
    }

    private final ObjectMapper mapper = Json.mapper();

    private Problem problemFor(String json) {
        Exception e = assertThrows(Exception.class, () -> mapper.readValue(json, Thing.class));
        return Problems.from(e);
    }

    @Test
    void jsonErrorsAre400NamingTheField() {
        Problem unknown = problemFor("{\"name\":\"a\",\"admin\":true}");
        assertEquals(400, unknown.getStatus());
        assertEquals(List.of(new FieldError("admin", "is not a known field")), unknown.getErrors());

        Problem wrongType = problemFor("{\"days\":\"thirty\"}");
        assertEquals(400, wrongType.getStatus());
        assertEquals("days", wrongType.getErrors().get(0).field());

        Problem numberForText = problemFor("{\"name\":42}");
        assertEquals(400, numberForText.getStatus());
        assertEquals("name", numberForText.getErrors().get(0).field());

        Problem fractionForInteger = problemFor("{\"days\":1.5}");
        assertEquals(400, fractionForInteger.getStatus());

        Problem malformed = problemFor("{\"name\": ");
        assertEquals(400, malformed.getStatus());
        assertEquals("urn:backoffice:problem:malformed-json", malformed.getType());

        Problem duplicateKey = problemFor("{\"name\":\"a\",\"name\":\"b\"}");
        assertEquals(400, duplicateKey.getStatus());

        Problem trailing = problemFor("{\"name\":\"a\"} {}");
        assertEquals(400, trailing.getStatus());
    }

    @Test
    void decimalsStayExact() throws Exception {
        Thing thing = mapper.readValue("{\"amount\":0.1}", Thing.class);
        assertEquals(new BigDecimal("0.1"), thing.amount());
        assertEquals("{\"name\":null,\"days\":null,\"amount\":1E+3,\"tags\":null}".replace("1E+3", "1000"),
                mapper.writeValueAsString(new Thing(null, null, new BigDecimal("1E+3"), null)));
    }

    @Test
    void businessProblemsKeepTheirStatusEvenWhenWrapped() {
        Problem validation = Problems.from(new RuntimeException(ValidationFailedException.of("email", "bad")));
        assertEquals(422, validation.getStatus());
        assertEquals("email", validation.getErrors().get(0).field());
        assertEquals(409, Problems.from(new ConflictProblem("taken")).getStatus());
        assertEquals(404, Problems.from(new NotFoundException()).getStatus());
    }

    @Test
    void anUnreachableDatabaseIs503() {
        RuntimeException wrapped = new RuntimeException("persistence failed",
                new java.sql.SQLException("Connection refused", "08001"));
        assertEquals(503, Problems.from(wrapped).getStatus());
        assertEquals(503, Problems.from(new java.sql.SQLException("Database 'x' not found.", "XJ004")).getStatus());
    }

    @Test
    void unexpectedFailuresAre500WithoutInternals() {
        Problem problem = Problems.from(new NullPointerException("secret.internal.Field"));
        assertEquals(500, problem.getStatus());
        assertTrue(!problem.getDetail().contains("secret"));
    }

    @Test
    void malformedBasicHeadersNeverReachTheRealm() {
        JaasAuthenticator authenticator = new JaasAuthenticator("no-such-realm", 30, java.time.Clock.systemUTC());
        assertTrue(authenticator.authenticate(null).isEmpty());
        assertTrue(authenticator.authenticate("Bearer abc").isEmpty());
        assertTrue(authenticator.authenticate("Basic !!!not-base64").isEmpty());
        assertTrue(authenticator.authenticate("Basic " + java.util.Base64.getEncoder()
                .encodeToString("no-colon".getBytes())).isEmpty());
    }
}
