package org.backoffice.it.api.assets;

/** Filters of the asset list; {@code null} leaves one out. {@code text} finds tag, serial or model. */
public record AssetQuery(String text, AssetStatus status, String category, String holder) {
}
