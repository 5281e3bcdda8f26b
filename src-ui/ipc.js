// Calls into Rust. Every failure is a Problem {kind, okx_code, message, fix, severity}.

import { t } from "./i18n.js";

const tauri = window.__TAURI__;

export async function call(command, args = {}) {
  if (!tauri || !tauri.core) {
    throw { kind: "internal", message: t("ui-engine-missing"), fix: t("ui-engine-missing.fix") };
  }
  try {
    return await tauri.core.invoke(command, args);
  } catch (err) {
    if (err && typeof err === "object" && "kind" in err) throw err;
    throw { kind: "internal", message: String(err), fix: t("ui-call-failed-fix") };
  }
}
