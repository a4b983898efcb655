package ${package}.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import ${package}.api.${entity};
import org.backoffice.platform.api.audit.FieldChange;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class ${entity}RulesTest {

    @Test
    void aCompleteOneIsValid() {
        ${entity}Rules.check(new ${entity}("A-1", "First", "a note", null), true);
    }

    @Test
    void everyBrokenRuleIsReportedWithItsField() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> ${entity}Rules.check(new ${entity}("bad code!", " ", null, null), true));
        assertEquals(List.of("code", "name"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void theCodeIsOnlyCheckedOnCreate() {
        ${entity}Rules.check(new ${entity}(null, "Name", null, 3L), false);
    }

    @Test
    void changesListOnlyFieldsThatDiffer() {
        ${entity}Changes changes = new ${entity}Changes();
        assertEquals(List.of(new FieldChange("name", "Old", "New")), changes.changes(
                new ${entity}("A", "Old", "same", 1L), new ${entity}("A", "New", "same", 2L)));
        assertEquals(List.of(new FieldChange("code", null, "A"), new FieldChange("name", null, "New")),
                changes.changes(null, new ${entity}("A", "New", null, 1L)));
        assertEquals(List.of(new FieldChange("code", "A", null), new FieldChange("name", "Old", null)),
                ${entity}Changes.between(new ${entity}("A", "Old", null, 1L), ${entity}Changes.NONE));
    }
}
