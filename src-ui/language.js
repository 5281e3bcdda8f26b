// The language menu (on the first screen and in the rail). Choosing a language asks Rust to
// switch, then tells the stepper, which redraws in place ("okx-language" event on window).

import { h, newId } from "./dom.js";
import { call } from "./ipc.js";
import { t, language } from "./i18n.js";

/** The languages this build has: [{code, native_name, rtl}] from the boot data. */
function choices() {
  return (window.__OKX_BOOT__ && window.__OKX_BOOT__.languages) || [];
}

/** A labelled menu of the languages; `where` names it for tests ("rail" or "start"). */
export function languageMenu(where) {
  const id = newId(`language-${where}`);
  const current = language().lang;
  const select = h("select", { id, class: "language-select", "data-language-menu": where },
    ...choices().map((l) => {
      const option = h("option", { value: l.code, lang: l.code, dir: l.rtl ? "rtl" : "ltr" }, l.native_name);
      option.selected = l.code === current;
      return option;
    }));
  const status = h("span", { class: "inline-status", role: "status" });
  select.addEventListener("change", async () => {
    status.textContent = "";
    try {
      const words = await call("set_language", { code: select.value });
      window.dispatchEvent(new CustomEvent("okx-language", { detail: words }));
    } catch (p) {
      select.value = current;
      status.textContent = `${p.message} ${p.fix || ""}`;
    }
  });
  return h("div", { class: "language" },
    h("label", { for: id }, t("ui-language-label")), select, status);
}
