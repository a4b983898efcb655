package org.backoffice.partners.command;

import java.util.EnumSet;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.Address;
import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnerRole;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;

@Command(scope = "partners", name = "add", description = "Adds a partner")
@Service
public class AddCommand implements Action {

    @Reference
    PartnerService partners;

    @Argument(index = 0, name = "code", description = "Unique code, e.g. ACME-1", required = true)
    String code;

    @Argument(index = 1, name = "name", description = "Name (quote it when it has spaces)", required = true)
    String name;

    @Option(name = "--role", aliases = "-r", multiValued = true,
            description = "CUSTOMER and/or SUPPLIER (repeat for both); default CUSTOMER")
    List<PartnerRole> roles;

    @Option(name = "--email", aliases = "-e", description = "E-mail address")
    String email;

    @Option(name = "--phone", aliases = "-p", description = "Phone number")
    String phone;

    @Option(name = "--tax-id", description = "Tax or VAT id")
    String taxId;

    @Option(name = "--currency", aliases = "-c", description = "Default currency, ISO 4217")
    String currency;

    @Option(name = "--terms", aliases = "-t", description = "Payment terms in days")
    Integer terms;

    @Option(name = "--credit-limit", description = "Credit limit, e.g. 5000.00")
    String creditLimit;

    @Option(name = "--iban", description = "Bank account for transfers (IBAN)")
    String iban;

    @Option(name = "--bic", description = "The bank's BIC")
    String bic;

    @Option(name = "--street", description = "Billing address: street")
    String street;

    @Option(name = "--city", description = "Billing address: city")
    String city;

    @Option(name = "--postal-code", description = "Billing address: postal code")
    String postalCode;

    @Option(name = "--country", description = "Billing address: ISO 3166 alpha-2 country")
    String country;

    @Option(name = "--notes", description = "Free text")
    String notes;

    @Override
    public Object execute() throws Exception {
        EnumSet<PartnerRole> roleSet = roles == null || roles.isEmpty() ? EnumSet.of(PartnerRole.CUSTOMER)
                : EnumSet.copyOf(roles);
        Address billing = Address.ofParts(street, city, postalCode, country);
        Partner created = ShellProblems.report(() -> partners.create(new Partner(code, name, roleSet, taxId, email,
                phone, billing, null, currency, terms, ShellValues.decimal("creditLimit", creditLimit), iban, bic,
                Boolean.TRUE, notes, null)));
        System.out.println("Partner " + created.code() + " added (version " + created.version() + ")");
        return null;
    }
}
