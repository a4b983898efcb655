package org.backoffice.platform.jetty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.Test;

class ProblemErrorHandlerTest {

    @Test
    void aBadMessageIsAProblemThatDoesNotRepeatJettysReason() {
        HttpFields fields = new HttpFields();
        String body = StandardCharsets.UTF_8.decode(
                new ProblemErrorHandler().badMessageError(414, "URI Too Long: org.eclipse.jetty.http.X", fields))
                .toString();
        assertEquals("application/problem+json", fields.get("Content-Type"));
        assertEquals("{\"type\":\"about:blank\",\"title\":\"URI Too Long\",\"status\":414,"
                + "\"detail\":\"The request URI is longer than the server accepts\"}", body);
        assertTrue(!body.contains("jetty"));
    }

    @Test
    void theClientsPathIsEscapedInTheInstance() {
        String body = ProblemErrorHandler.problem(404, "/a\"b\\c\u05d0\n");
        assertTrue(body.endsWith(",\"instance\":\"/a\\\"b\\\\c\\u05d0\\u000a\"}"), body);
    }

    @Test
    void anUnknownStatusStillHasATitleAndADetail() {
        assertEquals("Error 499", ProblemErrorHandler.title(499));
        assertEquals("The request was refused", ProblemErrorHandler.detail(499));
        assertEquals("The server could not complete the request", ProblemErrorHandler.detail(503));
    }
}
