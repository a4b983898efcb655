package org.backoffice.partners.impl;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnersModule;
import org.backoffice.platform.api.audit.AuditedType;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.audit.FieldChange;

/** How a partner is audited: field-by-field differences between two states, and what its events carry. */
final class PartnerChanges implements AuditedType<Partner> {

    private static final Partner NONE = new Partner(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    @Override
    public String module() {
        return PartnersModule.ID;
    }

    @Override
    public String entity() {
        return PartnersModule.ENTITY;
    }

    @Override
    public String id(Partner partner) {
        return partner.code();
    }

    @Override
    public Long version(Partner partner) {
        return partner.version();
    }

    @Override
    public List<FieldChange> changes(Partner before, Partner after) {
        return between(before == null ? NONE : before, after);
    }

    static List<FieldChange> between(Partner before, Partner after) {
        return new ChangeSet()
                .compare("code", before.code(), after.code())
                .compare("name", before.name(), after.name())
                .compare("roles", before.roles() == null ? null : new TreeSet<>(before.roles()),
                        after.roles() == null ? null : new TreeSet<>(after.roles()))
                .compare("taxId", before.taxId(), after.taxId())
                .compare("email", before.email(), after.email())
                .compare("phone", before.phone(), after.phone())
                .compare("billingAddress", before.billingAddress(), after.billingAddress())
                .compare("shippingAddress", before.shippingAddress(), after.shippingAddress())
                .compare("currency", before.currency(), after.currency())
                .compare("paymentTermsDays", before.paymentTermsDays(), after.paymentTermsDays())
                .compare("creditLimit", before.creditLimit(), after.creditLimit())
                .compare("iban", before.iban(), after.iban())
                .compare("bic", before.bic(), after.bic())
                .compare("active", before.active(), after.active())
                .compare("notes", before.notes(), after.notes())
                .changes();
    }

    @Override
    public Map<String, Object> payload(Partner partner, List<FieldChange> changes) {
        return Map.of("code", partner.code(), "name", partner.name(),
                "roles", partner.roles().stream().map(Enum::name).sorted().toList(),
                "active", partner.active(),
                "changedFields", changes.stream().map(FieldChange::field).toList());
    }
}
