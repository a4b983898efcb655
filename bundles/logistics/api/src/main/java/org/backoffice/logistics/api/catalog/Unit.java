package org.backoffice.logistics.api.catalog;

/**
 * A unit of measure: master data, so a company counts in {@code EA}, {@code BOX} or {@code PAIR} as its trade does. The
 * server seeds the common codes of UN/ECE Recommendation 20 ({@code C62}, {@code H87}, {@code EA}, {@code PR},
 * {@code KGM}, {@code MTR}, {@code LTR}, {@code HUR}...) and the seven units of earlier releases ({@code PCE},
 * {@code PKG}, {@code KG}, {@code M}, {@code M2}, {@code L}, {@code H}), each with its Recommendation 20 code.
 *
 * @param code      1-10 letters, digits, '-', '_' or '.'; unique, cannot change; what products and lines refer to
 * @param name      any script, at most 100 characters
 * @param uneceCode the UN/ECE Recommendation 20 common code (2-3 upper-case letters or digits) for documents sent
 *                  out (e-invoices, EDI); optional
 * @param decimals  how many decimals a quantity in this unit may have, 0 to 4; quantities with more are refused, never
 *                  rounded; cannot change once a product counts in the unit
 * @param active    an inactive unit is kept on what uses it but cannot be given to a new product or conversion;
 *                  {@code null} means true on create
 * @param version   optimistic lock; required on update, ignored on create
 */
public record Unit(String code, String name, String uneceCode, Integer decimals, Boolean active, Long version) {
}
