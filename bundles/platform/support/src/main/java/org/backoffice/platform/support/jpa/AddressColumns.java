package org.backoffice.platform.support.jpa;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.backoffice.platform.api.Address;

/**
 * A postal address embedded in an entity's table (columns STREET, CITY, POSTAL_CODE, COUNTRY; an entity whose table
 * names them otherwise maps them with {@code @AttributeOverride}). List it in the persistence unit's classes.
 */
@Embeddable
public class AddressColumns {

    @Column(name = "STREET", length = 200)
    private String street;

    @Column(name = "CITY", length = 100)
    private String city;

    @Column(name = "POSTAL_CODE", length = 20)
    private String postalCode;

    @Column(name = "COUNTRY", length = 2)
    private String country;

    protected AddressColumns() {
    }

    public static AddressColumns of(Address address) {
        if (address == null) {
            return null;
        }
        AddressColumns columns = new AddressColumns();
        columns.street = address.street();
        columns.city = address.city();
        columns.postalCode = address.postalCode();
        columns.country = address.country();
        return columns;
    }

    /** An address whose columns are all empty comes back from the database as {@code null}. */
    public static Address toAddress(AddressColumns columns) {
        if (columns == null || columns.street == null && columns.city == null && columns.postalCode == null
                && columns.country == null) {
            return null;
        }
        return new Address(columns.street, columns.city, columns.postalCode, columns.country);
    }
}
