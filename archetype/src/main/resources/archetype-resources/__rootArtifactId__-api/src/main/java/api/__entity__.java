package ${package}.api;

/**
 * A ${entity.toLowerCase()}, addressed by its unique code.
 *
 * @param code    unique, letters, digits, '.', '_' and '-'; cannot be changed
 * @param name    what people call it
 * @param notes   free text, optional
 * @param version optimistic lock: required on update, ignored on create
 */
public record ${entity}(String code, String name, String notes, Long version) {
}
