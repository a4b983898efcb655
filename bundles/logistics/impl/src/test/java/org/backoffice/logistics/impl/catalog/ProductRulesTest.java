package org.backoffice.logistics.impl.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.backoffice.logistics.api.catalog.Product;
import org.backoffice.logistics.api.catalog.ProductType;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class ProductRulesTest {

    private static Product product(String sku, String gtin, String cost, String price, String currency) {
        return new Product(sku, "Schraube M6 · 螺丝", "PCE", ProductType.STOCKED, gtin,
                cost == null ? null : new BigDecimal(cost), price == null ? null : new BigDecimal(price), currency,
                null, null, null);
    }

    private static List<String> fields(Product product) {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> ProductRules.check(product, true));
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void skusOfLettersDigitsDashUnderscoreAndDotPass() {
        ProductRules.check(product("A", null, null, null, null), true);
        ProductRules.check(product("SCREW-M6_20.ZN", "4006381333931", "0.05", "0.12", "EUR"), true);
        ProductRules.check(product("9".repeat(40), null, "100", "250", "JPY"), true);
    }

    @Test
    void aTaxCodeIsOptionalAndOfTheFinanceShape() {
        Product reduced = new Product("BOOK-1", "ספר · 书 · كتاب", "EA", ProductType.STOCKED, null, null, null, null,
                "RED-7.5", null, null);
        ProductRules.check(reduced, true);
        Product bad = new Product("BOOK-2", "Book", "EA", ProductType.STOCKED, null, null, null, null, "has space",
                null, null);
        assertEquals(List.of("taxCode"), fields(bad));
    }

    @Test
    void badSkusAreRefused() {
        assertEquals(List.of("sku"), fields(product("", null, null, null, null)));
        assertEquals(List.of("sku"), fields(product("X".repeat(41), null, null, null, null)));
        assertEquals(List.of("sku"), fields(product("HAS SPACE", null, null, null, null)));
        assertEquals(List.of("sku"), fields(product("SLASH/1", null, null, null, null)));
        assertEquals(List.of("sku"), fields(product("-LEADING", null, null, null, null)));
        assertEquals(List.of("sku"), fields(product("ÄPFEL", null, null, null, null)));
        // the SKU is only checked on create (it cannot change)
        ProductRules.check(product(null, null, null, null, null), false);
    }

    @Test
    void moneyNeedsACurrencyAndAtMostItsMinorDigits() {
        assertEquals(List.of("currency"), fields(product("P1", null, "1.00", null, null)));
        assertEquals(List.of("standardCost"), fields(product("P1", null, "1.001", "2.00", "EUR")));
        assertEquals(List.of("listPrice"), fields(product("P1", null, "1", "2.5", "JPY")));
        ProductRules.check(product("P1", null, "1.125", "2.5", "KWD"), true);
        assertEquals(List.of("standardCost", "listPrice"), fields(product("P1", null, "-1", "1E+15", "EUR")));
        assertEquals(List.of("currency"), fields(product("P1", null, null, null, "EURO")));
    }

    @Test
    void anInvalidGtinIsReportedWithTheRule() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> ProductRules.check(product("P1", "4006381333932", null, null, null), true));
        assertEquals("gtin", e.errors().get(0).field());
        assertEquals("has a wrong check digit (GS1 mod 10): the last digit must be 1", e.errors().get(0).message());
    }
}
