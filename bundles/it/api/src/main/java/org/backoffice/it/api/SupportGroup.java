package org.backoffice.it.api;

import java.util.List;

/** An assignment group and the user names of its agents. */
public record SupportGroup(String code, String name, List<String> members, Long version) {
}
