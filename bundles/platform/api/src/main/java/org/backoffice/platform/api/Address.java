package org.backoffice.platform.api;

/** A postal address; {@code country} is an ISO 3166-1 alpha-2 code. */
public record Address(String street, String city, String postalCode, String country) {

    /** The same address with every part {@code null}; what a missing address compares as. */
    public static final Address NONE = new Address(null, null, null, null);

    /** {@code null} when every part is blank, so an empty form stores no address. */
    public static Address ofParts(String street, String city, String postalCode, String country) {
        Address address = new Address(street, city, postalCode, country);
        return address.isEmpty() ? null : address;
    }

    /** The address on one line: {@code Herzl 1, 6100000, Tel Aviv, IL}, empty parts left out. */
    public String oneLine() {
        return String.join(", ", java.util.stream.Stream.of(street, postalCode, city, country)
                .filter(part -> !blank(part)).toList());
    }

    public boolean isEmpty() {
        return blank(street) && blank(city) && blank(postalCode) && blank(country);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
