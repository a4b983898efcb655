package org.backoffice.it.api;

/** A ticket category; {@code parent} makes the tree ({@code null} at the top). */
public record Category(String code, String name, String parent, Long version) {
}
