package org.backoffice.platform.impl;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.backoffice.platform.api.BackOfficeModule;
import org.backoffice.platform.api.ModuleInfo;
import org.backoffice.platform.api.ModuleRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Tracks the registered module descriptors: a module is listed exactly while its service is registered. */
@Component(service = ModuleRegistry.class)
public final class ModuleRegistryImpl implements ModuleRegistry {

    private final List<BackOfficeModule> modules = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(BackOfficeModule module) {
        modules.add(module);
    }

    void removeModule(BackOfficeModule module) {
        modules.remove(module);
    }

    @Override
    public List<ModuleInfo> modules() {
        return modules.stream().map(ModuleInfo::of).sorted(Comparator.comparing(ModuleInfo::id)).toList();
    }

    @Override
    public Optional<ModuleInfo> module(String id) {
        return modules().stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
