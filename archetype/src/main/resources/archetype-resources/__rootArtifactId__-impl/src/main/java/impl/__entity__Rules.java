package ${package}.impl;

import java.util.List;
import java.util.regex.Pattern;

import ${package}.api.${entity};
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.audit.FieldChange;
import org.backoffice.platform.api.error.Validator;

/** What a ${entity.toLowerCase()} must satisfy, and what changed between two of its states; pure, so unit tests reach it. */
final class ${entity}Rules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private static final ${entity} NONE = new ${entity}(null, null, null, null);

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

    /** The fields that differ, for the audit record; {@code null} stands for "none" (create, delete). */
    static List<FieldChange> changes(${entity} before, ${entity} after) {
        ${entity} b = before == null ? NONE : before;
        ${entity} a = after == null ? NONE : after;
        return new ChangeSet()
                .compare("code", b.code(), a.code())
                .compare("name", b.name(), a.name())
                .compare("notes", b.notes(), a.notes())
                .changes();
    }
}
