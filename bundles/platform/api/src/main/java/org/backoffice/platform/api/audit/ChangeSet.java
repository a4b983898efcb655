package org.backoffice.platform.api.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.backoffice.platform.api.Address;

/** Builds the list of changed fields by comparing old and new values; equal values are left out. */
public final class ChangeSet {

    private final List<FieldChange> changes = new ArrayList<>();

    public ChangeSet compare(String field, Object oldValue, Object newValue) {
        String before = render(oldValue);
        String after = render(newValue);
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
        return this;
    }

    /** A postal address part by part ({@code billingAddress.city}, ...); a missing address has every part empty. */
    public ChangeSet compare(String field, Address oldValue, Address newValue) {
        Address before = oldValue == null ? Address.NONE : oldValue;
        Address after = newValue == null ? Address.NONE : newValue;
        return compare(field + ".street", before.street(), after.street())
                .compare(field + ".city", before.city(), after.city())
                .compare(field + ".postalCode", before.postalCode(), after.postalCode())
                .compare(field + ".country", before.country(), after.country());
    }

    /** For a new entity: every non-null field as a change from nothing. */
    public ChangeSet created(String field, Object value) {
        return compare(field, null, value);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<FieldChange> changes() {
        return List.copyOf(changes);
    }

    private static String render(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            // 10.5 and 10.50 are the same amount
            return decimal.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
