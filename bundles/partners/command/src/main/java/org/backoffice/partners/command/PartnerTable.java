package org.backoffice.partners.command;

import java.util.Collection;
import java.util.stream.Collectors;

import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.partners.api.Partner;

/** The partner list as a console table. */
final class PartnerTable {

    private PartnerTable() {
    }

    static void print(Collection<Partner> partners) {
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name").maxSize(40);
        table.column("Roles");
        table.column("E-mail");
        table.column("Currency");
        table.column("Terms");
        table.column("Active");
        for (Partner partner : partners) {
            table.addRow().addContent(partner.code(), partner.name(), roles(partner), value(partner.email()),
                    value(partner.currency()), partner.paymentTermsDays() == null ? "" : partner.paymentTermsDays(),
                    Boolean.TRUE.equals(partner.active()) ? "yes" : "no");
        }
        table.print(System.out);
    }

    static String roles(Partner partner) {
        return partner.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static String value(Object value) {
        return value == null ? "" : value.toString();
    }
}
