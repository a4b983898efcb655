package org.backoffice.it.api.assets;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Software licences and their seats. */
@ProviderType
public interface LicenceService {

    Licence create(Licence licence);

    Licence get(String code);

    List<Licence> list();

    /**
     * Gives the next free seat to a person or device. Beyond the seats owned it is 409 unless over-assignment is
     * allowed by configuration, and then the assignment is flagged as over-use. Exact under concurrency: two agents
     * taking the last seat at once, one gets it.
     */
    SeatAssignment assign(String code, String assignee);

    SeatAssignment release(String code, String assignee);

    /** Every assignment of the licence, past and present, by seat. */
    List<SeatAssignment> seats(String code);

    List<Compliance> compliance();

    /** Records a purchase or renewal: its seats are added, its expiry (if given) becomes the licence's. */
    Licence renew(String code, LicencePurchase purchase);

    /** Every purchase and renewal of the licence, the first (its creation) first. */
    List<LicencePurchase> purchases(String code);
}
