package org.backoffice.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;

import org.junit.jupiter.api.Test;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

class ApiDocumentTest {

    public record Invoice(String number, BigDecimal total, String currency) {
    }

    @Path("sample/invoices")
    public static final class InvoicesResource {
        @GET
        public List<Invoice> list() {
            return List.of();
        }

        @GET
        @Path("{number}")
        public Invoice get(@PathParam("number") String number) {
            return null;
        }

        @POST
        @Path("{number}/post")
        public Invoice post(@PathParam("number") String number) {
            return null;
        }
    }

    @Test
    void theDocumentOfTheGivenClassesOnly() throws Exception {
        OpenAPI api = ApiDocument.of(List.of(InvoicesResource.class), "1.0.0");
        assertEquals("3.1.0", api.getOpenapi());
        assertEquals(Set.of("/sample/invoices", "/sample/invoices/{number}", "/sample/invoices/{number}/post"),
                api.getPaths().keySet());
        assertEquals("sample.invoices.post", api.getPaths().get("/sample/invoices/{number}/post").getPost()
                .getOperationId());
        assertEquals("sample.invoices.get", api.getPaths().get("/sample/invoices/{number}").getGet().getOperationId());
        assertNotNull(api.getPaths().get("/sample/invoices").getGet().getResponses().get("4XX")
                .getContent().get("application/problem+json"));
        assertTrue(api.getComponents().getSecuritySchemes().containsKey("session"));
        String json = Json31.pretty(api);
        assertTrue(json.contains("\"Problem\""), json);
        // BigDecimal amounts are decimal numbers, not strings and not doubles
        Schema<?> total = (Schema<?>) api.getComponents().getSchemas().get("Invoice").getProperties().get("total");
        assertTrue(total.getTypes().contains("number"), json);
    }
}
