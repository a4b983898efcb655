package org.backoffice.logistics.api.stock;

/** The only ways stock changes. */
public enum MoveType {
    /** Goods arrive: adds to a location (the warehouse's receiving location by default). */
    RECEIPT,
    /** Goods leave: takes from a location (the warehouse's shipping location by default). */
    ISSUE,
    /** Goods move from one location to another, possibly in another warehouse. */
    TRANSFER,
    /** A correction with a reason: a positive quantity adds to the location, a negative one takes from it. */
    ADJUSTMENT
}
