package org.backoffice.logistics.impl.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.backoffice.logistics.api.sales.SalesOrderDraft;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class SalesOrderRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void aCompleteDraftPassesWithoutThePartnersModule() {
        SalesOrderRules.checkShape(new SalesOrderDraft("C-1", "H1", DAY, "EUR",
                List.of(new SalesOrderDraft.Line("BOLT", BigDecimal.ONE, new BigDecimal("0.50")))), null);
    }

    @Test
    void everyFieldErrorComesInOneRefusal() {
        ValidationFailedException refused = assertThrows(ValidationFailedException.class,
                () -> SalesOrderRules.checkShape(new SalesOrderDraft("C-1", " ", DAY, "EUR",
                        List.of(new SalesOrderDraft.Line("BOLT", null, new BigDecimal("0.505")))), null));
        assertEquals(List.of("warehouse", "lines[0].quantity", "lines[0].unitPrice"),
                refused.errors().stream().map(FieldError::field).toList());
    }
}
