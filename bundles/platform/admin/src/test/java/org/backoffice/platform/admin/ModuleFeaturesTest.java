package org.backoffice.platform.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModuleFeaturesTest {

    @Test
    void modulesAreBackofficeFeaturesButNotThePlatformOrTheConsole() {
        assertTrue(ModuleFeatures.isModule("backoffice-finance"));
        assertTrue(ModuleFeatures.isModule("backoffice-openapi"));
        assertFalse(ModuleFeatures.isModule("backoffice-platform"));
        assertFalse(ModuleFeatures.isModule("backoffice-console"));
        assertFalse(ModuleFeatures.isModule("backoffice-all"));
        assertFalse(ModuleFeatures.isModule("webconsole"));
        assertFalse(ModuleFeatures.isModule(null));
    }
}
