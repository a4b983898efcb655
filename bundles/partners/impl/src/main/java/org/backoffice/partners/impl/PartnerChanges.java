package org.backoffice.partners.impl;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.backoffice.partners.api.Address;
import org.backoffice.partners.api.Partner;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.audit.FieldChange;

/** Field-by-field differences between two states of a partner, for the audit trail and the event payload. */
final class PartnerChanges {

    private static final Partner NONE = new Partner(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    private PartnerChanges() {
    }

    static List<FieldChange> created(Partner partner) {
        return between(NONE, partner);
    }

    static List<FieldChange> between(Partner before, Partner after) {
        ChangeSet changes = new ChangeSet()
                .compare("code", before.code(), after.code())
                .compare("name", before.name(), after.name())
                .compare("roles", before.roles() == null ? null : new TreeSet<>(before.roles()),
                        after.roles() == null ? null : new TreeSet<>(after.roles()))
                .compare("taxId", before.taxId(), after.taxId())
                .compare("email", before.email(), after.email())
                .compare("phone", before.phone(), after.phone());
        address(changes, "billingAddress", before.billingAddress(), after.billingAddress());
        address(changes, "shippingAddress", before.shippingAddress(), after.shippingAddress());
        return changes.compare("currency", before.currency(), after.currency())
                .compare("paymentTermsDays", before.paymentTermsDays(), after.paymentTermsDays())
                .compare("creditLimit", before.creditLimit(), after.creditLimit())
                .compare("iban", before.iban(), after.iban())
                .compare("bic", before.bic(), after.bic())
                .compare("active", before.active(), after.active())
                .compare("notes", before.notes(), after.notes())
                .changes();
    }

    static Map<String, Object> payload(Partner partner, List<FieldChange> changes) {
        return Map.of("code", partner.code(), "name", partner.name(),
                "roles", partner.roles().stream().map(Enum::name).sorted().toList(),
                "active", partner.active(),
                "changedFields", changes.stream().map(FieldChange::field).toList());
    }

    private static void address(ChangeSet changes, String field, Address before, Address after) {
        Address none = new Address(null, null, null, null);
        Address b = before == null ? none : before;
        Address a = after == null ? none : after;
        changes.compare(field + ".street", b.street(), a.street())
                .compare(field + ".city", b.city(), a.city())
                .compare(field + ".postalCode", b.postalCode(), a.postalCode())
                .compare(field + ".country", b.country(), a.country());
    }
}
