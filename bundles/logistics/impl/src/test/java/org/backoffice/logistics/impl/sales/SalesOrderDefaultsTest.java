package org.backoffice.logistics.impl.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.backoffice.logistics.api.sales.SalesOrderDraft;
import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnerRole;
import org.backoffice.partners.api.PartnerService;
import org.junit.jupiter.api.Test;

class SalesOrderDefaultsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final List<SalesOrderDraft.Line> LINES = List.of(
            new SalesOrderDraft.Line("BOLT", BigDecimal.ONE, BigDecimal.TEN));

    /** A directory that knows one customer, C-CHF, paying in CHF, and C-NONE without a currency. */
    private static final PartnerService PARTNERS = (PartnerService) Proxy.newProxyInstance(
            PartnerService.class.getClassLoader(), new Class<?>[] {PartnerService.class}, (proxy, method, args) -> {
                if (!method.getName().equals("get")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                String code = (String) args[0];
                String currency = code.equals("C-CHF") ? "CHF" : code.equals("C-NONE") ? null : "?";
                return currency != null && currency.equals("?") ? Optional.empty()
                        : Optional.of(new Partner(code, "Kunde", Set.of(PartnerRole.CUSTOMER), null, null, null, null,
                                null, currency, null, null, null, null, true, null, 1L));
            });

    @Test
    void aDraftWithoutDateAndCurrencyGetsTodayAndTheCustomersCurrency() {
        SalesOrderDraft complete = SalesOrderDefaults.apply(new SalesOrderDraft("C-CHF", "H1", null, null, LINES),
                PARTNERS, "EUR", TODAY);
        assertEquals(TODAY, complete.requestedDate());
        assertEquals("CHF", complete.currency());
        assertEquals(LINES, complete.lines());
    }

    @Test
    void withoutACustomerCurrencyOrWithoutPartnersTheBaseCurrencyApplies() {
        assertEquals("EUR", SalesOrderDefaults.apply(new SalesOrderDraft("C-NONE", "H1", null, " ", LINES),
                PARTNERS, "EUR", TODAY).currency());
        assertEquals("EUR", SalesOrderDefaults.apply(new SalesOrderDraft("UNKNOWN", "H1", null, null, LINES),
                PARTNERS, "EUR", TODAY).currency());
        assertEquals("EUR", SalesOrderDefaults.apply(new SalesOrderDraft("C-CHF", "H1", null, null, LINES),
                null, "EUR", TODAY).currency());
    }

    @Test
    void whatTheDraftSaysWins() {
        LocalDate later = TODAY.plusDays(9);
        SalesOrderDraft complete = SalesOrderDefaults.apply(new SalesOrderDraft("C-CHF", "H1", later, "USD", LINES),
                PARTNERS, "EUR", TODAY);
        assertEquals(later, complete.requestedDate());
        assertEquals("USD", complete.currency());
        assertNull(SalesOrderDefaults.apply(null, PARTNERS, "EUR", TODAY));
    }
}
