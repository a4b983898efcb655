package org.backoffice.logistics.impl.catalog;

import java.util.List;

/**
 * The units a fresh server starts with, and every upgraded one gains: the seven codes earlier releases had as a fixed
 * list (so their products, lines and moves keep their unit), and the common codes of UN/ECE Recommendation 20, with the
 * package types of Recommendation 21 in the {@code X}-prefixed form Recommendation 20 lists them in. Seeding only adds
 * what is missing: a unit the company renamed or deactivated stays as it is.
 */
final class UnitSeeds {

    record Seed(String code, String name, String uneceCode, int decimals) {
    }

    static final List<Seed> ALL = List.of(
            // the fixed list of earlier releases, each with its Recommendation 20 code
            new Seed("PCE", "Piece", "H87", 0),
            new Seed("PKG", "Package", "XPK", 0),
            new Seed("KG", "Kilogram", "KGM", 3),
            new Seed("M", "Metre", "MTR", 3),
            new Seed("M2", "Square metre", "MTK", 3),
            new Seed("L", "Litre", "LTR", 3),
            new Seed("H", "Hour", "HUR", 2),
            // counts
            rec20("C62", "One", 0),
            rec20("H87", "Piece", 0),
            rec20("EA", "Each", 0),
            rec20("PR", "Pair", 0),
            rec20("DZN", "Dozen", 0),
            rec20("SET", "Set", 0),
            // mass
            rec20("KGM", "Kilogram", 3),
            rec20("GRM", "Gram", 2),
            rec20("MGM", "Milligram", 0),
            rec20("TNE", "Tonne (metric ton)", 3),
            rec20("LBR", "Pound", 3),
            rec20("ONZ", "Ounce", 2),
            // length, area, volume
            rec20("MTR", "Metre", 3),
            rec20("CMT", "Centimetre", 1),
            rec20("MMT", "Millimetre", 0),
            rec20("KMT", "Kilometre", 3),
            rec20("INH", "Inch", 2),
            rec20("FOT", "Foot", 2),
            rec20("YRD", "Yard", 3),
            rec20("MTK", "Square metre", 3),
            rec20("MTQ", "Cubic metre", 3),
            rec20("LTR", "Litre", 3),
            rec20("MLT", "Millilitre", 0),
            rec20("CLT", "Centilitre", 1),
            rec20("HLT", "Hectolitre", 3),
            rec20("GLL", "US gallon", 3),
            rec20("GLI", "Imperial gallon", 3),
            // time and energy
            rec20("SEC", "Second", 0),
            rec20("MIN", "Minute", 0),
            rec20("HUR", "Hour", 2),
            rec20("DAY", "Day", 2),
            rec20("WEE", "Week", 0),
            rec20("MON", "Month", 0),
            rec20("ANN", "Year", 0),
            rec20("KWH", "Kilowatt hour", 3),
            // package types (Recommendation 21)
            rec20("XBX", "Box", 0),
            rec20("XCT", "Carton", 0),
            rec20("XPK", "Package", 0),
            rec20("XPX", "Pallet", 0),
            rec20("XBG", "Bag", 0),
            rec20("XBO", "Bottle", 0));

    private UnitSeeds() {
    }

    private static Seed rec20(String code, String name, int decimals) {
        return new Seed(code, name, code, decimals);
    }
}
