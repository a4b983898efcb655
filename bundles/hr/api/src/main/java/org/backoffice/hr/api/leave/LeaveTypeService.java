package org.backoffice.hr.api.leave;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Leave types with their policies; writes are for hr-manager. */
@ProviderType
public interface LeaveTypeService {

    List<LeaveType> list();

    LeaveType require(String code);

    LeaveType create(LeaveType type);

    /** Replaces every field but the code; {@code type.version()} must be the one read. */
    LeaveType update(String code, LeaveType type);
}
