// Calls into Rust. Every failure is a Problem {kind, okx_code, message, fix, severity}.

const tauri = window.__TAURI__;

export async function call(command, args = {}) {
  if (!tauri || !tauri.core) {
    throw { kind: "internal", message: "The app's engine is not available.", fix: "Restart OKX Key Assistant." };
  }
  try {
    return await tauri.core.invoke(command, args);
  } catch (err) {
    if (err && typeof err === "object" && "kind" in err) throw err;
    throw { kind: "internal", message: String(err), fix: "Try again. If it keeps happening, restart the app." };
  }
}
