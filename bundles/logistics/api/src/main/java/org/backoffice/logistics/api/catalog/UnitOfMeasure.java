package org.backoffice.logistics.api.catalog;

/**
 * The units a product is counted in, each with the number of decimals a quantity in it may have. Quantities with more
 * decimals are refused rather than rounded.
 */
public enum UnitOfMeasure {
    /** Piece (each): whole numbers only. */
    PCE(0),
    /** Package, box or carton sold as a unit: whole numbers only. */
    PKG(0),
    /** Kilogram, to the gram. */
    KG(3),
    /** Metre, to the millimetre. */
    M(3),
    /** Square metre, to 0.001 m². */
    M2(3),
    /** Litre, to the millilitre. */
    L(3),
    /** Hour, to the hundredth (36 seconds); for services. */
    H(2);

    private final int decimals;

    UnitOfMeasure(int decimals) {
        this.decimals = decimals;
    }

    /** How many decimals a quantity in this unit may have. */
    public int decimals() {
        return decimals;
    }
}
