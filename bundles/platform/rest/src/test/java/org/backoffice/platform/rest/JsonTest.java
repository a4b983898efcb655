package org.backoffice.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.backoffice.platform.api.Address;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonTest {

    private final ObjectMapper mapper = Json.mapper();

    @Test
    void anAddressIsWrittenWithItsPartsOnlyAndReadBack() throws Exception {
        Address address = new Address("רחוב הרצל 1", "תל אביב", "6100000", "IL");
        JsonNode written = mapper.valueToTree(address);
        assertFalse(written.has("empty"), written.toString());
        assertEquals(4, written.size(), written.toString());
        assertEquals(address, mapper.treeToValue(written, Address.class));
    }
}
