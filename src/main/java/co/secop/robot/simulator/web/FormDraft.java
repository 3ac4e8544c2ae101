package co.secop.robot.simulator.web;

import co.secop.robot.simulator.model.CufeCheck;
import co.secop.robot.simulator.model.Document;
import co.secop.robot.simulator.model.PlanillaLine;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One open payment request form: its documents (uploaded through the upload window) and the last
 * successful "Validar". Thread-safe.
 */
public final class FormDraft implements MkeyTarget {

    private final long contractId;
    private final String paymentId;
    private final LocalDateTime issueDate;
    private final List<Document> documents;
    private CufeCheck validatedCufe;
    private final List<PlanillaLine> validatedPlanillas = new ArrayList<>();

    public FormDraft(
            long contractId,
            String paymentId,
            LocalDateTime issueDate,
            List<Document> documents,
            CufeCheck validatedCufe) {
        this.contractId = contractId;
        this.paymentId = paymentId;
        this.issueDate = issueDate;
        this.documents = new ArrayList<>(documents);
        this.validatedCufe = validatedCufe;
    }

    public long contractId() {
        return contractId;
    }

    /** Null for a new request ("Crear"). */
    public String paymentId() {
        return paymentId;
    }

    public LocalDateTime issueDate() {
        return issueDate;
    }

    public synchronized List<Document> documents() {
        return List.copyOf(documents);
    }

    /** Adds a document; one with the same name replaces the earlier one. */
    public synchronized void attach(Document document) {
        documents.removeIf(d -> d.name().equals(document.name()));
        documents.add(document);
    }

    /** «Eliminar» in the document's row: the form stops listing it (nothing is saved until «Confirmar»). */
    public synchronized void remove(String name) {
        documents.removeIf(d -> d.name().equals(name));
    }

    public synchronized CufeCheck validatedCufe() {
        return validatedCufe;
    }

    public synchronized void validatedCufe(CufeCheck check) {
        validatedCufe = check;
    }

    /** The planillas SICOPI answered «Consulta exitosa» for in this form (those of a reopened draft included). */
    public synchronized List<PlanillaLine> validatedPlanillas() {
        return List.copyOf(validatedPlanillas);
    }

    public synchronized void validatedPlanilla(PlanillaLine line) {
        validatedPlanillas.removeIf(l -> l.number().equals(line.number()));
        validatedPlanillas.add(line);
    }
}
