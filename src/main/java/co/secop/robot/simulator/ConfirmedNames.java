package co.secop.robot.simulator;

import java.util.List;
import java.util.Set;

/**
 * The ids, names and CSS classes the simulator holds as confirmed on the real SECOP II: each one rests on
 * a fact of docs/portal.md marked [C] (code written against the live portal, or a saved real page) or [V] (seen
 * on the real pages of §18). With {@link SimulatorVariant#UNKNOWN_IDS} every other id, name and class the
 * simulator serves gets a random name; these keep theirs.
 *
 * <p>An entry matches a token equal to it, the entry followed by {@code _} and anything (indexed ids such as
 * {@code spnPaymentIdSpan_0}, {@code stepDiv_7}, {@code mdboxConfirmDialog_content}, {@code ctxm__<GUID>}), or
 * the entry followed by digits only ({@code lnkSubItem68}, {@code bPopup1}, {@code lnk_stpmStepManager8}).
 * Classes starting with {@code Vortal} are the framework's widget classes (§1) and are all kept.
 */
public final class ConfirmedNames {

    /** Ids and stems of ids, with the fact each group comes from. */
    public static final List<String> IDS = List.of(
            // §3.1 login form, §18 login page (captcha container, failure and locked texts), §3.2 captchas
            "loginForm",
            "txtUserName",
            "txtPassword",
            "btnLoginButton",
            "divGoogleReCaptchaDiv",
            "spnlblFailureText",
            "spnlblAccountLocked",
            "txttxtCaptcha",
            "txaresponseKey",
            // §3.3 company choice and the optional information popup; switching company later
            "seldpCompany",
            "btnButton1",
            "btnAcknowledgeGen",
            "companiesSelector",
            // §18 header and main menu; §4 items and global search
            "cssmenu",
            "userImage",
            "ulMenu",
            "logOut",
            "companiesLabel",
            "ctxm",
            "lnkSubItem",
            "quickSearchGlobal",
            // §1 ModelKey, §9.1 ModalsStack, §18 messages and validation summary
            "ModelKey",
            "ModalsStack",
            "MessagesContainer",
            "msgMessagesPanel",
            "validationSummary",
            // §18 generic confirmation box and overlays (§9.1 bPopup<N>)
            "mdboxConfirmDialog",
            "btnConfirmConfirmDialogModal",
            "btnConfirmCancelDialogModal",
            "bPopup",
            // §5 Mis contratos: the "Todos" tab and the pager
            "lnkLinkTopAll",
            // §6.1 StepManager
            "StepsContainer",
            "stpmStepManager",
            "stphStepsPlaceHolder",
            "stepDiv",
            "stepPipe",
            "stepCircle",
            "stepCircleSelected",
            "stepNumber",
            "lnk_stpmStepManager",
            // §6.3 read-only fields of the supplier contract
            "spnContractState",
            "txtContractReference1Gen",
            "txaContractDescription1Gen",
            "spnContractUniqueIdentifier",
            "spnContractVersion",
            "cbxContractValue1Gen",
            "dtmbContractStartDate",
            "dtmbContractEndDate",
            "dtmbLiquidationStartDateValue",
            "dtmbLiquidationEndDateValue",
            "lblSupplierName",
            "dtmbBuyerApprovalDateTimeBox",
            "dtmbSupplierApprovalDateTimeBox",
            "selIncoterm",
            "rdbgRenewableContract",
            "selPaymentMethod",
            "selPaymentTerm",
            "lnkDownloadDocument",
            "lblDescription",
            "grdContractVersionsGrid",
            "spnModificationTypeSpan",
            "spnModificationStatusValue",
            "spnModificationVersionValue",
            // §6.3 Plan de pagos rows (LICITRACK)
            "spnPaymentIdSpan",
            "spnInvoiceNrSpan",
            "cbxInvoiceTotalValueBox",
            "spnInvoiceStateSpan",
            // §8 and §18 upload trigger and upload window
            "btnUploadDocumentGen",
            "spnPageTitle",
            "divAddFilesButton",
            "btnUploadFilesButtonBottom",
            "tblFilesTable",
            "btnCancelBottomButtom");

    /** Fragments of ids robots match with {@code [id*=...]} (§5 grid cells), kept wherever they appear. */
    public static final List<String> ID_FRAGMENTS = List.of(
            "ContractIdCol",
            "ContractNameCol",
            "ContractBuyerNameCol",
            "ContractEndDateCol",
            "ContractValueCol",
            "ContractStateCol",
            "ViewContractCol",
            "MoreItems");

    /** CSS classes (besides every {@code Vortal*} class). */
    public static final List<String> CLASSES = List.of(
            // §10 overlays, §9.1/§9.2/§18 modals and boxes
            "vortal-preloader",
            "blockUI",
            "bModal",
            "bPopup",
            "bDialog",
            "bTitle",
            "bContent",
            "bClose",
            "bActions",
            // §4 and §18 menus
            "ContextMenu",
            "ContextMenuButton_2",
            "MainMenuContextMenuButton",
            "MainMenuContextMenuContainer",
            "MainMenuDivContainer",
            "hiddenCtxMenu",
            "ContextMenuItem",
            "SecondDescription",
            // §9.3 messages
            "AlertMessagesContainer",
            "SuccessMessagesContainer",
            // §19 [C]: messages go to #msgMessagesPanel td.Message.
            "Message",
            // §5 grid rows, §6.1 StepManager, §12 dates
            "gridLineLight",
            "gridLineDark",
            "StepManager",
            "LeftMenuButtonOn",
            "LeftMenuButtonOff",
            "Black",
            "Blue_1",
            "MainColor6",
            "MainColor4",
            "circle26",
            "circle22",
            "White",
            "step",
            "stepOn",
            "PlaceHolderDisplay",
            "DateTimeDetail",
            // §3.1 login error texts, §3.2 reCAPTCHA, §8 upload button
            "error-text",
            "g-recaptcha",
            "btn",
            "btn-secondary",
            "btn-sm");

    /** Form field names (§3.1, §3.2, §1). */
    public static final List<String> NAMES = List.of("txtUserName", "txtPassword", "ModelKey", "g-recaptcha-response");

    /**
     * Not the portal's markup: the web server's own "Service Unavailable" page (HTTP 503), which the simulator
     * imitates as IIS writes it; renaming it would not stand for any unknown of SECOP II.
     */
    public static final List<String> SERVER_PAGE = List.of("hdrServiceUnavailable");

    private static final Set<String> STEMS = Set.copyOf(concat(IDS, ID_FRAGMENTS, CLASSES, NAMES, SERVER_PAGE));

    private ConfirmedNames() {}

    /** True when {@code token} (an id, a name or one class) keeps its name in every variant. */
    public static boolean isConfirmed(String token) {
        if (token.startsWith("Vortal") || STEMS.contains(token)) {
            return true;
        }
        int underscore = token.indexOf('_');
        while (underscore > 0) {
            if (STEMS.contains(token.substring(0, underscore))) {
                return true;
            }
            underscore = token.indexOf('_', underscore + 1);
        }
        int digits = token.length();
        while (digits > 0 && Character.isDigit(token.charAt(digits - 1))) {
            digits--;
        }
        return digits < token.length() && digits > 0 && STEMS.contains(token.substring(0, digits));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
