package ${package}.impl;

import java.util.regex.Pattern;

import ${package}.api.${entity};
import org.backoffice.platform.api.error.Validator;

/** What a ${entity.toLowerCase()} must satisfy; pure, so unit tests reach it. */
final class ${entity}Rules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private ${entity}Rules() {
    }

    /** Reports every broken rule in one {@code ValidationFailedException} (a 422 listing each field). */
    static void check(${entity} values, boolean creating) {
        Validator v = new Validator();
        if (creating && v.requiredText("code", values.code(), 40)) {
            v.matches("code", values.code(), CODE,
                    "must start with a letter or digit and contain only letters, digits, '.', '_' and '-'");
        }
        v.requiredText("name", values.name(), 200);
        v.optionalText("notes", values.notes(), 4000);
        v.throwIfInvalid();
    }
}
