package org.backoffice.it.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The service desk's configuration: categories, support groups and SLA policies (writes for it-manager). */
@ProviderType
public interface ServiceDeskSetup {

    List<Category> categories();

    Category saveCategory(Category category);

    List<SupportGroup> groups();

    SupportGroup saveGroup(SupportGroup group);

    List<SlaPolicy> policies();

    /** Creates or replaces a policy; open tickets it matches take its targets from now on. */
    SlaPolicy savePolicy(SlaPolicy policy);

    /** Emits the SLA warnings and breaches that are due, each once; answers how many events it sent. */
    int scan();
}
