package org.backoffice.logistics.impl.sales;

import java.time.LocalDate;
import java.util.Optional;

import org.backoffice.logistics.api.sales.SalesOrderDraft;
import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnerService;

/**
 * What a sales order draft may leave out: without {@code requestedDate} the customer wants it today; without
 * {@code currency} it is in the customer's currency (from the partners module), else in the configured base currency.
 */
final class SalesOrderDefaults {

    private SalesOrderDefaults() {
    }

    /** The draft with its defaults filled in; {@code partners} is null when the module is not installed. */
    static SalesOrderDraft apply(SalesOrderDraft draft, PartnerService partners, String baseCurrency,
            LocalDate today) {
        if (draft == null) {
            return null;
        }
        LocalDate requested = draft.requestedDate() == null ? today : draft.requestedDate();
        String currency = isBlank(draft.currency())
                ? customerCurrency(partners, draft.customer()).orElse(baseCurrency) : draft.currency();
        return new SalesOrderDraft(draft.customer(), draft.warehouse(), requested, currency, draft.lines());
    }

    private static Optional<String> customerCurrency(PartnerService partners, String customer) {
        if (partners == null || isBlank(customer)) {
            return Optional.empty();
        }
        return partners.get(customer.trim()).map(Partner::currency).filter(currency -> !isBlank(currency));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
