package org.backoffice.logistics.api.warehouse;

/** A warehouse's postal address; {@code country} is an ISO 3166-1 alpha-2 code. */
public record Address(String street, String city, String postalCode, String country) {
}
