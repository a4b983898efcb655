package org.backoffice.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OperationIdsTest {

    @Test
    void fixedSegmentsAndTheMethodName() {
        assertEquals("finance.invoices.post", OperationIds.of("/finance/invoices/{number}/post", "post"));
        assertEquals("partners.list", OperationIds.of("/partners", "list"));
        assertEquals("partners.get", OperationIds.of("/partners/{code}", "get_1"));
        assertEquals("partners.deactivate", OperationIds.of("/partners/{code}/deactivate", "deactivate"));
        assertEquals("openapi.json", OperationIds.of("/openapi.json", "json"));
        assertEquals("openapi.yaml", OperationIds.of("/openapi.yaml", "yaml"));
    }

    @Test
    void aCollisionTakesTheHttpMethodThenANumber() {
        Set<String> used = new HashSet<>();
        assertEquals("x.get", OperationIds.unique("x.get", "GET", used));
        assertEquals("x.get.put", OperationIds.unique("x.get", "PUT", used));
        assertEquals("x.get.put.2", OperationIds.unique("x.get", "PUT", used));
    }
}
