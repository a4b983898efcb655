package org.backoffice.platform.api;

import java.util.List;

/** A snapshot of one installed, active module. */
public record ModuleInfo(String id, String name, String version, String restBasePath, String shellScope,
        List<String> roles) {

    public ModuleInfo {
        roles = List.copyOf(roles);
    }

    public static ModuleInfo of(BackOfficeModule module) {
        return new ModuleInfo(module.id(), module.name(), module.version(), module.restBasePath(), module.shellScope(),
                module.roles());
    }
}
