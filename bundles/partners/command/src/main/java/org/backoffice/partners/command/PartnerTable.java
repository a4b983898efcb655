package org.backoffice.partners.command;

import java.util.stream.Collectors;

import org.backoffice.partners.api.Partner;
import org.backoffice.platform.support.shell.Table;

/** The partner list as a console table. */
final class PartnerTable {

    static final Table<Partner> TABLE = Table.of(Partner.class)
            .column("Code", Partner::code)
            .column("Name", 40, Partner::name)
            .column("Roles", PartnerTable::roles)
            .column("E-mail", Partner::email)
            .column("Currency", Partner::currency)
            .column("Terms", Partner::paymentTermsDays)
            .column("Active", partner -> Boolean.TRUE.equals(partner.active()));

    private PartnerTable() {
    }

    static String roles(Partner partner) {
        return partner.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
