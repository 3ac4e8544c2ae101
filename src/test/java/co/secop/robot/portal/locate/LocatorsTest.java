package co.secop.robot.portal.locate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

class LocatorsTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(Locators.OVERRIDE_PROPERTY);
    }

    @Test
    void parsesEveryPrefixAndPlainCss() {
        Locators locators = Locators.parse("""
                a = "css:#txtUserName"
                b = "xpath://input[@value='Mis procesos']"
                c = "id:btnLoginButton"
                d = "name:VB_cbxNetValue"
                e = "link:Mis contratos"
                f = "partial-link:contratos"
                g = "td[id*=ContractStateCol]"
                h = "input:not([type=hidden])"
                """);
        assertThat(locators.by("a")).isEqualTo(By.cssSelector("#txtUserName"));
        assertThat(locators.by("b")).isEqualTo(By.xpath("//input[@value='Mis procesos']"));
        assertThat(locators.by("c")).isEqualTo(By.id("btnLoginButton"));
        assertThat(locators.by("d")).isEqualTo(By.name("VB_cbxNetValue"));
        assertThat(locators.by("e")).isEqualTo(By.linkText("Mis contratos"));
        assertThat(locators.by("f")).isEqualTo(By.partialLinkText("contratos"));
        assertThat(locators.by("g")).isEqualTo(By.cssSelector("td[id*=ContractStateCol]"));
        assertThat(locators.by("h")).isEqualTo(By.cssSelector("input:not([type=hidden])"));
    }

    @Test
    void fillsPlaceholdersInOrderOfAppearance() {
        Locators locators = Locators.parse("""
                estado = "css:#spnInvoiceStateSpan_{i}"
                doble = "xpath://tr[{fila}]/td[{col}]//span[@data-row='{fila}']"
                url = "SwitchCompany?companyCode={codigo}"
                """);
        assertThat(locators.by("estado", 3)).isEqualTo(By.cssSelector("#spnInvoiceStateSpan_3"));
        assertThat(locators.by("doble", 2, 5)).isEqualTo(By.xpath("//tr[2]/td[5]//span[@data-row='2']"));
        assertThat(locators.text("url", "901234567")).isEqualTo("SwitchCompany?companyCode=901234567");
        assertThatThrownBy(() -> locators.by("estado"))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("{i}");
    }

    @Test
    void listsAreAlternativesTriedInOrder() {
        Locators locators = Locators.parse("""
                mis-contratos = ["css:a[href*='SalesContractManagement/Index']", "link:Mis contratos", "css:#lnkSubItem68"]
                """);
        By by = locators.by("mis-contratos");
        assertThat(by).isInstanceOf(Locators.ScriptBy.class);
        assertThat(((Locators.ScriptBy) by).alternatives())
                .containsExactly(
                        "css:a[href*='SalesContractManagement/Index']", "link:Mis contratos", "css:#lnkSubItem68");
    }

    @Test
    void cssGivesTheSelectorForScripts() {
        Locators locators = Locators.parse("""
                capas = "div.vortal-preloader, .blockUI"
                lista = ["css:#a", "#b"]
                xp = "xpath://div"
                """);
        assertThat(locators.css("capas")).isEqualTo("div.vortal-preloader, .blockUI");
        assertThat(locators.css("lista")).isEqualTo("#a, #b");
        assertThatThrownBy(() -> locators.css("xp")).isInstanceOf(PortalException.class);
    }

    @Test
    void missingKeysAndBadValuesHaveSpanishMessages() {
        Locators locators = Locators.parse("a = \"css:#x\"");
        assertThatThrownBy(() -> locators.by("no.existe"))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("Falta el localizador «no.existe»");
        assertThatThrownBy(() -> Locators.parse("a = 5"))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("debe ser un texto");
        assertThatThrownBy(() -> Locators.parse("a { origen = dudoso, valor = \"#x\" }"))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("confirmado");
        assertThatThrownBy(() -> Locators.parse("a { origen = supuesto }"))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("valor");
        assertThatThrownBy(() -> Locators.parse("a = \"xpath:\"")).isInstanceOf(PortalException.class);

        assertThatThrownBy(() -> Locators.parse("a = {"))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("no son válidos");
    }

    @Test
    void packagedDefaultsHaveTheKeysThePageObjectsUse() {
        Locators locators = Locators.load(Optional.empty());
        for (String key : new String[] {
            "login.usuario",
            "login.contrasena",
            "login.ingresar",
            "login.error",
            "empresa.lista",
            "empresa.entrar",
            "informacion.aceptar",
            "encabezado.conectado",
            "encabezado.menu-mis-procesos",
            "encabezado.mis-contratos",
            "contratos.celda-estado",
            "detalle.pasos",
            "detalle.etiqueta-paso",
            "plan.contenedor",
            "formulario.iframe",
            "subida.archivos",
            "subida.cerrar",
            "sesion.dialogo-expirada",
            "error.titulo"
        }) {
            assertThat(locators.has(key)).as(key).isTrue();
        }
        assertThat(locators.by("login.usuario")).isEqualTo(By.cssSelector("#txtUserName"));
        assertThat(((Locators.ScriptBy) locators.by("plan.estado", 0)).alternatives())
                .containsExactly("css:#spnInvoiceStateSpan_0", "columna:Estado");
        assertThat(locators.provenance("encabezado.conectado").origin()).isEqualTo(Locators.Origin.CONFIRMADO);
        assertThat(locators.css("espera.capas"))
                .contains("div.vortal-preloader")
                .contains(".blockUI");
    }

    @Test
    void aFileOnDiskOverridesOnlyItsKeys(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mios.conf");
        Files.writeString(file, "login.usuario = \"id:otroUsuario\"\nlogin.contrasena.valor = \"id:otraClave\"\n");
        Locators locators = Locators.load(Optional.of(file));
        assertThat(locators.by("login.usuario")).isEqualTo(By.id("otroUsuario"));
        assertThat(locators.provenance("login.usuario").origin()).isEqualTo(Locators.Origin.SIN_INDICAR);
        assertThat(locators.by("login.contrasena")).isEqualTo(By.id("otraClave"));
        assertThat(locators.provenance("login.contrasena").origin()).isEqualTo(Locators.Origin.CONFIRMADO);
        assertThat(locators.origin()).contains(file.toString());
    }

    @Test
    void theSystemPropertyNamesAnOverrideFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("propiedad.conf");
        Files.writeString(file, "login { ingresar = \"xpath://input[@value='Ingresar']\" }\n");
        System.setProperty(Locators.OVERRIDE_PROPERTY, file.toString());
        Locators locators = Locators.load();
        assertThat(locators.by("login.ingresar")).isEqualTo(By.xpath("//input[@value='Ingresar']"));
        assertThat(locators.by("login.usuario")).isEqualTo(By.cssSelector("#txtUserName"));
    }

    @Test
    void aMissingOverrideFileIsReported(@TempDir Path dir) {
        assertThatThrownBy(() -> Locators.load(Optional.of(dir.resolve("no-hay.conf"))))
                .isInstanceOf(PortalException.class)
                .hasMessageContaining("No existe el archivo de localizadores");
    }

    @Test
    void overriddenByReplacesKeys() {
        Locators locators = Locators.parse("a = \"#x\"\nb = \"#y\"").overriddenBy("b = \"#z\"");
        assertThat(locators.by("a")).isEqualTo(By.cssSelector("#x"));
        assertThat(locators.by("b")).isEqualTo(By.cssSelector("#z"));
    }
}
