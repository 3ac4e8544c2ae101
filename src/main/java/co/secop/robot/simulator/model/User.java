package co.secop.robot.simulator.model;

import java.util.List;

/**
 * A portal user.
 *
 * @param companyCodes      companies the user may act for, in display order
 * @param informationPopup  show the general information dialog after every login
 */
public record User(
        String login, String password, String name, Role role, List<String> companyCodes, boolean informationPopup) {

    public User {
        companyCodes = List.copyOf(companyCodes);
    }

    public boolean supervisor() {
        return role == Role.SUPERVISOR;
    }

    public boolean belongsTo(String companyCode) {
        return companyCodes.contains(companyCode);
    }
}
