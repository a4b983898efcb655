package org.backoffice.platform.admin;

/** A Backoffice module's feature: its name, version, description and whether it is installed now. */
public record ModuleFeature(String name, String version, String description, boolean installed) {
}
