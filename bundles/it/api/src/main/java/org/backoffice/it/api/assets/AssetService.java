package org.backoffice.it.api.assets;

import java.time.LocalDate;
import java.util.List;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** The asset register (it-agent and it-manager write, it-viewer reads). */
@ProviderType
public interface AssetService {

    Asset create(Asset asset);

    Asset get(String tag);

    Page<Asset> find(AssetQuery query, PageRequest page);

    /** A status change the lifecycle allows (409 naming the current status otherwise). */
    Asset changeStatus(String tag, AssetStatus status, String note);

    /** Hands an IN_STOCK asset to a person (an employee number when HR is installed); 409 for any other status. */
    Asset checkOut(String tag, String holder);

    Asset checkIn(String tag, String location);

    /** Attaches an asset to another ({@code null} detaches it). */
    Asset attach(String tag, String to);

    List<AssetEvent> history(String tag);

    /** A person's current equipment and licence seats, in one call. */
    Holdings holdings(String holder);

    /**
     * Announces warranties and licences expiring within a threshold of {@code asOf} (or already past it), each once
     * per item and threshold ({@code WARRANTY_EXPIRING}, {@code LICENCE_EXPIRING}); answers what it sent now.
     */
    List<String> expiryScan(LocalDate asOf);
}
