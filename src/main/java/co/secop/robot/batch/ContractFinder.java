package co.secop.robot.batch;

import co.secop.robot.portal.ContractRow;
import co.secop.robot.portal.MyContractsPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a contract in whichever of the user's companies holds it, switching company as the portal
 * reference advises, and remembers where each contract was found.
 */
final class ContractFinder {

    static final String IN_EXECUTION = "En ejecución";

    private final Optional<String> preferredCompany;
    private final Map<String, String> companyOfContract = new HashMap<>();

    ContractFinder(Optional<String> preferredCompany) {
        this.preferredCompany = preferredCompany;
    }

    record Found(MyContractsPage page, ContractRow contract) {}

    Found find(MyContractsPage page, String contract, Optional<String> rowCompany) {
        List<String> companies = page.companies();
        for (String company : searchOrder(page.activeCompany(), companies, contract, rowCompany)) {
            if (!sameText(page.activeCompany(), company)) {
                page = page.switchCompany(company);
            }
            Optional<ContractRow> row =
                    page.contracts().stream().filter(c -> c.matches(contract)).findFirst();
            if (row.isPresent()) {
                companyOfContract.put(key(contract), company);
                return new Found(page, row.get());
            }
        }
        throw new RowFailure(
                rowCompany.isPresent()
                        ? "El contrato " + contract + " no aparece en «Mis contratos» de la empresa «"
                                + rowCompany.get() + "»."
                        : "El contrato " + contract + " no aparece en «Mis contratos» de ninguna de sus empresas ("
                                + String.join(", ", companies) + ").");
    }

    private List<String> searchOrder(
            String active, List<String> companies, String contract, Optional<String> rowCompany) {
        if (rowCompany.isPresent()) {
            return List.of(companies.stream()
                    .filter(c -> sameText(c, rowCompany.get()))
                    .findFirst()
                    .orElseThrow(() -> new RowFailure("La empresa «" + rowCompany.get()
                            + "» no está entre las del usuario (" + String.join(", ", companies) + ").")));
        }
        LinkedHashSet<String> order = new LinkedHashSet<>();
        Optional.ofNullable(companyOfContract.get(key(contract))).ifPresent(order::add);
        preferredCompany
                .flatMap(p -> companies.stream().filter(c -> sameText(c, p)).findFirst())
                .ifPresent(order::add);
        if (active != null && !active.isBlank()) {
            order.add(active);
        }
        order.addAll(companies);
        return new ArrayList<>(order);
    }

    private static boolean sameText(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    private static String key(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }
}
