package org.backoffice.partners.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.support.shell.Details;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "partners", name = "show", description = "Shows one partner with every field")
@Service
public class ShowCommand implements Action {

    @Reference
    PartnerService partners;

    @Argument(index = 0, name = "code", description = "The partner's code", required = true)
    @Completion(PartnerCodeCompleter.class)
    String code;

    @Override
    public Object execute() throws Exception {
        Partner p = ShellProblems.report(() -> partners.require(code));
        new Details()
                .add("Code", p.code())
                .add("Name", p.name())
                .add("Roles", PartnerTable.roles(p))
                .add("Tax id", p.taxId())
                .add("E-mail", p.email())
                .add("Phone", p.phone())
                .add("Billing address", p.billingAddress() == null ? null : p.billingAddress().oneLine())
                .add("Shipping address", p.shippingAddress() == null ? null : p.shippingAddress().oneLine())
                .add("Currency", p.currency())
                .add("Payment terms", p.paymentTermsDays() == null ? null : p.paymentTermsDays() + " days")
                .add("Credit limit", p.creditLimit())
                .add("Bank account", p.iban() == null ? null : p.iban() + (p.bic() == null ? "" : " (" + p.bic() + ")"))
                .add("Active", Boolean.TRUE.equals(p.active()))
                .add("Notes", p.notes())
                .add("Version", p.version())
                .print();
        return null;
    }
}
