package org.backoffice.platform.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The modules installed and active right now. */
@ProviderType
public interface ModuleRegistry {

    /** Active modules sorted by id. */
    List<ModuleInfo> modules();

    Optional<ModuleInfo> module(String id);
}
