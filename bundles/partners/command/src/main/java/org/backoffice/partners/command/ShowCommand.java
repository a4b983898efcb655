package org.backoffice.partners.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.partners.api.Address;
import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnerService;

@Command(scope = "partners", name = "show", description = "Shows one partner with every field")
@Service
public class ShowCommand implements Action {

    @Reference
    PartnerService partners;

    @Argument(index = 0, name = "code", description = "The partner's code", required = true)
    @Completion(PartnerCodeCompleter.class)
    String code;

    @Override
    public Object execute() {
        Partner p = partners.require(code);
        line("Code", p.code());
        line("Name", p.name());
        line("Roles", PartnerTable.roles(p));
        line("Tax id", p.taxId());
        line("E-mail", p.email());
        line("Phone", p.phone());
        line("Billing address", address(p.billingAddress()));
        line("Shipping address", address(p.shippingAddress()));
        line("Currency", p.currency());
        line("Payment terms", p.paymentTermsDays() == null ? null : p.paymentTermsDays() + " days");
        line("Credit limit", p.creditLimit() == null ? null : p.creditLimit().toPlainString());
        line("Bank account", p.iban() == null ? null : p.iban() + (p.bic() == null ? "" : " (" + p.bic() + ")"));
        line("Active", Boolean.TRUE.equals(p.active()) ? "yes" : "no");
        line("Notes", p.notes());
        line("Version", p.version());
        return null;
    }

    private static void line(String label, Object value) {
        System.out.printf("%-17s %s%n", label + ":", PartnerTable.value(value));
    }

    private static String address(Address a) {
        if (a == null) {
            return null;
        }
        return String.join(", ", java.util.stream.Stream.of(a.street(), a.postalCode(), a.city(), a.country())
                .filter(s -> s != null && !s.isBlank()).toList());
    }
}
