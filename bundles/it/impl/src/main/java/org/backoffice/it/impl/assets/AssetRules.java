package org.backoffice.it.impl.assets;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.backoffice.it.api.assets.Asset;
import org.backoffice.it.api.assets.AssetStatus;
import org.backoffice.it.api.assets.Licence;
import org.backoffice.it.api.assets.LicencePurchase;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.Validator;

/** The checks of the asset register: fields of an asset and a licence, the lifecycle. */
public final class AssetRules {

    static final Pattern TAG = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");
    static final List<String> LICENCE_TYPES = List.of("PER_USER", "PER_DEVICE", "SITE");

    private AssetRules() {
    }

    public static Validator check(Asset asset) {
        Validator v = new Validator();
        if (v.required("tag", asset.tag())) {
            v.matches("tag", asset.tag(), TAG, "must be upper-case letters, digits, '-' or '_' (at most 40)");
        }
        v.optionalText("serial", asset.serial(), 100);
        v.optionalText("model", asset.model(), 200);
        v.optionalText("manufacturer", asset.manufacturer(), 200);
        v.requiredText("category", asset.category(), 40);
        v.optionalText("supplier", asset.supplier(), 200);
        v.optionalText("location", asset.location(), 200);
        v.nonNegativeDecimal("cost", asset.cost(), 4);
        if (asset.cost() != null) {
            v.required("currency", asset.currency());
        }
        v.currency("currency", asset.currency());
        if (asset.purchaseDate() != null && asset.warrantyEnd() != null) {
            v.check(!asset.warrantyEnd().isBefore(asset.purchaseDate()), "warrantyEnd",
                    "must not be before the purchase date");
        }
        v.check(asset.status() == null || asset.status() == AssetStatus.IN_STOCK, "status",
                "must be IN_STOCK (or left out) for a new asset; check it out to assign it");
        return v;
    }

    public static Validator check(Licence licence) {
        Validator v = new Validator();
        if (v.required("code", licence.code())) {
            v.matches("code", licence.code(), TAG, "must be upper-case letters, digits, '-' or '_' (at most 40)");
        }
        v.requiredText("product", licence.product(), 200);
        v.optionalText("vendor", licence.vendor(), 200);
        v.optionalText("key", licence.key(), 500);
        if (v.required("type", licence.type())) {
            v.check(LICENCE_TYPES.contains(licence.type()), "type", "must be one of " + LICENCE_TYPES);
        }
        if (v.required("seats", licence.seats())) {
            v.check(licence.seats() > 0, "seats", "must be at least 1");
        }
        return v;
    }

    public static Validator check(LicencePurchase purchase) {
        Validator v = new Validator();
        v.check(purchase.seats() == null || purchase.seats() >= 0, "seats", "must be zero or more");
        v.nonNegativeDecimal("cost", purchase.cost(), 4);
        if (purchase.cost() != null) {
            v.required("currency", purchase.currency());
        }
        v.currency("currency", purchase.currency());
        v.optionalText("note", purchase.note(), 500);
        v.check(purchase.seats() != null && purchase.seats() > 0 || purchase.expiry() != null, "expiry",
                "is required when no seats are added");
        return v;
    }

    /** A lifecycle move, or 409 naming the current status. */
    public static void requireMove(String tag, AssetStatus from, AssetStatus to) {
        if (!from.next().contains(to)) {
            throw new ConflictProblem("asset " + tag + " is " + from + " and cannot move to " + to + "; allowed: "
                    + from.next(), Map.of("assetStatus", from.name()));
        }
    }

    /** Only an asset in stock is checked out: a retired, disposed, repaired or assigned one is refused. */
    public static void requireCheckOut(String tag, AssetStatus from) {
        if (from != AssetStatus.IN_STOCK) {
            throw new ConflictProblem("asset " + tag + " is " + from + " and cannot be checked out; only IN_STOCK"
                    + " assets are", Map.of("assetStatus", from.name()));
        }
    }

    /** Positive, distinct thresholds from {@code "60,14"}, largest first; a malformed list is a configuration error. */
    public static List<Integer> thresholds(String days) {
        List<Integer> list;
        try {
            list = java.util.Arrays.stream(days == null ? new String[0] : days.split("[,\\s]+"))
                    .filter(d -> !d.isBlank()).map(String::trim).map(Integer::valueOf).distinct()
                    .sorted(java.util.Comparator.reverseOrder()).toList();
        } catch (NumberFormatException e) {
            list = List.of();
        }
        if (list.isEmpty() || list.get(list.size() - 1) < 1) {
            throw org.backoffice.platform.api.error.ValidationFailedException.of("expiryThresholdDays",
                    "must be one or more positive numbers of days, e.g. 60,14");
        }
        return list;
    }

    /** The seat number for a new assignment: the lowest free one (beyond those owned, an over-use). */
    public static int nextSeat(List<Integer> taken) {
        int seat = 1;
        while (taken.contains(seat)) {
            seat++;
        }
        return seat;
    }
}
