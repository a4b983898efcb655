package org.backoffice.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BankIdentifiersTest {

    @Test
    void validIbansPassTheMod97Check() {
        assertTrue(BankIdentifiers.validIban("DE89370400440532013000"));
        assertTrue(BankIdentifiers.validIban("GB82WEST12345698765432"));
        assertTrue(BankIdentifiers.validIban("NL91ABNA0417164300"));
        assertTrue(BankIdentifiers.validIban(BankIdentifiers.normalizeIban("fr14 2004 1010 0505 0001 3m02 606")));
    }

    @Test
    void normalizingRemovesSpacesAndUpperCases() {
        assertEquals("DE89370400440532013000", BankIdentifiers.normalizeIban("de89 3704 0044 0532 0130 00"));
    }

    @Test
    void wrongCheckDigitsOrShapesAreRefused() {
        assertFalse(BankIdentifiers.validIban("DE88370400440532013000")); // check digits off by one
        assertFalse(BankIdentifiers.validIban("DE89370400440532013001")); // account digit changed
        assertFalse(BankIdentifiers.validIban("DE89 3704 0044 0532 0130 00")); // not normalized
        assertFalse(BankIdentifiers.validIban("1289370400440532013000"));
        assertFalse(BankIdentifiers.validIban("DE8937"));
        assertFalse(BankIdentifiers.validIban(null));
    }

    @Test
    void bicsHaveEightOrElevenCharacters() {
        assertTrue(BankIdentifiers.validBic("DEUTDEFF"));
        assertTrue(BankIdentifiers.validBic("DEUTDEFF500"));
        assertTrue(BankIdentifiers.validBic("abnanl2a"));
        assertFalse(BankIdentifiers.validBic("DEUTDEFF50"));
        assertFalse(BankIdentifiers.validBic("DEU1DEFF"));
        assertFalse(BankIdentifiers.validBic("DEUTD3FF"));
        assertFalse(BankIdentifiers.validBic("DEUTDEFF5000"));
    }
}
