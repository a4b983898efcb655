package org.backoffice.logistics.impl.warehouse;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.backoffice.logistics.api.warehouse.Address;

@Embeddable
public class AddressEmbeddable {

    @Column(name = "STREET", length = 200)
    private String street;

    @Column(name = "CITY", length = 100)
    private String city;

    @Column(name = "POSTAL_CODE", length = 20)
    private String postalCode;

    @Column(name = "COUNTRY", length = 2)
    private String country;

    protected AddressEmbeddable() {
    }

    static AddressEmbeddable of(Address address) {
        if (address == null) {
            return null;
        }
        AddressEmbeddable embeddable = new AddressEmbeddable();
        embeddable.street = address.street();
        embeddable.city = address.city();
        embeddable.postalCode = address.postalCode();
        embeddable.country = address.country();
        return embeddable;
    }

    /** An address whose columns are all empty comes back from the database as {@code null}. */
    static Address toAddress(AddressEmbeddable embeddable) {
        if (embeddable == null || embeddable.street == null && embeddable.city == null
                && embeddable.postalCode == null && embeddable.country == null) {
            return null;
        }
        return new Address(embeddable.street, embeddable.city, embeddable.postalCode, embeddable.country);
    }
}
