package org.backoffice.it.impl.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.backoffice.it.api.assets.Asset;
import org.backoffice.it.api.assets.AssetStatus;
import org.backoffice.it.api.assets.Licence;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.FieldError;
import org.junit.jupiter.api.Test;

class AssetRulesTest {

    private static Asset asset(String tag, BigDecimal cost, String currency, LocalDate bought, LocalDate warranty) {
        return new Asset(tag, "SN1", "ThinkPad", "Lenovo", "laptop", bought, cost, currency, null, warranty, null,
                null, null, null, null);
    }

    private static List<String> fields(org.backoffice.platform.api.error.Validator v) {
        return v.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void goodAssetPasses() {
        assertFalse(AssetRules.check(asset("LAP-001", new BigDecimal("1299.90"), "EUR", LocalDate.of(2026, 1, 5),
                LocalDate.of(2029, 1, 5))).hasErrors());
    }

    @Test
    void badAssetNamesEveryField() {
        List<String> fields = fields(AssetRules.check(asset("lap 1", new BigDecimal("-1"), "euro",
                LocalDate.of(2026, 1, 5), LocalDate.of(2025, 1, 5))));
        assertTrue(fields.containsAll(List.of("tag", "cost", "currency", "warrantyEnd")), fields.toString());
    }

    @Test
    void costNeedsACurrency() {
        assertEquals(List.of("currency"), fields(AssetRules.check(asset("LAP-2", BigDecimal.TEN, null, null, null))));
    }

    @Test
    void licenceNeedsPositiveSeatsAndAKnownType() {
        List<String> fields = fields(AssetRules.check(new Licence("M365", "Office", null, null, "PER_SEAT", 0, null,
                null)));
        assertEquals(List.of("type", "seats"), fields);
    }

    @Test
    void retiredAssetIsNotCheckedOut() {
        ConflictProblem e = assertThrows(ConflictProblem.class,
                () -> AssetRules.requireCheckOut("LAP-1", AssetStatus.RETIRED));
        assertEquals("RETIRED", e.extensions().get("assetStatus"));
    }

    @Test
    void lifecycleMovesForwardOnly() {
        AssetRules.requireMove("LAP-1", AssetStatus.IN_REPAIR, AssetStatus.IN_STOCK);
        AssetRules.requireMove("LAP-1", AssetStatus.RETIRED, AssetStatus.DISPOSED);
        assertThrows(ConflictProblem.class, () -> AssetRules.requireMove("LAP-1", AssetStatus.DISPOSED,
                AssetStatus.IN_STOCK));
        assertThrows(ConflictProblem.class, () -> AssetRules.requireMove("LAP-1", AssetStatus.IN_STOCK,
                AssetStatus.ASSIGNED));
    }

    @Test
    void nextSeatFillsTheLowestGap() {
        assertEquals(1, AssetRules.nextSeat(List.of()));
        assertEquals(2, AssetRules.nextSeat(List.of(1, 3)));
        assertEquals(4, AssetRules.nextSeat(List.of(1, 2, 3)));
    }

    @Test
    void thresholdsAreReadLargestFirst() {
        assertEquals(List.of(60, 14), AssetRules.thresholds("14, 60,14"));
        assertThrows(org.backoffice.platform.api.error.ValidationFailedException.class,
                () -> AssetRules.thresholds("0,x"));
    }

    @Test
    void anOverdueItemHasReachedEveryThreshold() {
        assertEquals(List.of(60, 14), ExpiryScan.reached(-3, List.of(60, 14)));
        assertEquals(List.of(60), ExpiryScan.reached(30, List.of(60, 14)));
        assertEquals(List.of(60, 14), ExpiryScan.reached(14, List.of(60, 14)));
        assertEquals(List.of(), ExpiryScan.reached(61, List.of(60, 14)));
    }

    @Test
    void renewalNeedsSeatsOrAnExpiry() {
        assertEquals(List.of("expiry"), fields(AssetRules.check(new org.backoffice.it.api.assets.LicencePurchase(
                "M365", null, 0, null, null, null, null))));
        assertEquals(List.of("seats", "currency", "expiry"), fields(AssetRules.check(
                new org.backoffice.it.api.assets.LicencePurchase("M365", null, -1, null, BigDecimal.ONE, null, null))));
        assertFalse(AssetRules.check(new org.backoffice.it.api.assets.LicencePurchase("M365", null, 5, null,
                new BigDecimal("480.00"), "EUR", null)).hasErrors());
    }
}
