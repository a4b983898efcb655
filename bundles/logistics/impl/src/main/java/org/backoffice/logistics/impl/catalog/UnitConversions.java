package org.backoffice.logistics.impl.catalog;

import java.math.BigDecimal;
import java.util.List;

import javax.persistence.EntityManager;

import org.backoffice.logistics.impl.Quantities;
import org.backoffice.platform.api.error.Validator;

/**
 * A quantity given in some unit, turned into the product's own: what purchase order lines and goods receipts do with
 * a line in {@code BOX} for a product counted in {@code PCE}. Problems go to the caller's {@link Validator}, on the
 * line's {@code unit} and {@code quantity} fields.
 */
public final class UnitConversions {

    /**
     * The outcome for one line.
     *
     * @param quantity      in the product's unit, exact
     * @param unit          the unit the line was given in when not the product's, else {@code null}
     * @param factor        how many product units one {@code unit} holds (1 for the product's own)
     * @param givenQuantity the quantity as given
     */
    public record Converted(BigDecimal quantity, UnitEntity unit, BigDecimal factor, BigDecimal givenQuantity) {

        public boolean inProductUnit() {
            return unit == null;
        }
    }

    private UnitConversions() {
    }

    /**
     * {@code quantity} of {@code unitCode} ({@code null}: the product's own) for {@code product}, or {@code null} after
     * rejecting it on {@code at + "unit"} or {@code at + "quantity"}.
     */
    public static Converted convert(EntityManager em, Validator v, String at, ProductEntity product, String unitCode,
            BigDecimal quantity) {
        UnitEntity own = product.uom();
        if (unitCode == null || unitCode.equals(own.code())) {
            return Quantities.check(v, at + "quantity", quantity, own, false)
                    ? new Converted(quantity, null, BigDecimal.ONE, quantity) : null;
        }
        ProductUnitEntity conversion = find(em, product.id(), unitCode);
        if (conversion == null) {
            v.reject(at + "unit", "product '" + product.sku() + "' is counted in " + own + " and has no conversion for"
                    + " unit '" + unitCode + "'" + known(em, product.id()));
            return null;
        }
        UnitEntity unit = em.find(UnitEntity.class, unitCode);
        if (!Quantities.check(v, at + "quantity", quantity, unit, false)) {
            return null;
        }
        BigDecimal converted = UnitMath.convert(quantity, conversion.factor());
        boolean fits = v.check(UnitMath.fits(converted, own.decimals()), at + "quantity",
                quantity.stripTrailingZeros().toPlainString() + " " + unit + " is " + converted.toPlainString() + " "
                        + own + "; " + Quantities.rule(own))
                && v.check(converted.compareTo(Quantities.LIMIT) < 0, at + "quantity",
                        "must be less than 10^15 " + own + " once converted");
        return fits ? new Converted(converted, unit, conversion.factor(), quantity) : null;
    }

    static ProductUnitEntity find(EntityManager em, long productId, String unit) {
        return em.createQuery("SELECT c FROM ProductUnitEntity c WHERE c.productId = :product AND c.unit = :unit",
                ProductUnitEntity.class).setParameter("product", productId).setParameter("unit", unit)
                .getResultStream().findFirst().orElse(null);
    }

    static List<ProductUnitEntity> all(EntityManager em, long productId) {
        return em.createQuery("SELECT c FROM ProductUnitEntity c WHERE c.productId = :product ORDER BY c.unit",
                ProductUnitEntity.class).setParameter("product", productId).getResultList();
    }

    private static String known(EntityManager em, long productId) {
        List<String> units = all(em, productId).stream().map(ProductUnitEntity::unit).toList();
        return units.isEmpty() ? "" : " (it has " + String.join(", ", units) + ")";
    }
}
