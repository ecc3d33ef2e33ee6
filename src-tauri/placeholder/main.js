// Placeholder until the real UI lands: shows the result of one command,
// called through Tauri's IPC bridge (withGlobalTauri is off on purpose).
"use strict";

const out = document.getElementById("core-version");
window.__TAURI_INTERNALS__
  .invoke("app_version")
  .then((v) => {
    out.textContent = `${v.name} ${v.version}`;
  })
  .catch((e) => {
    out.textContent = `unavailable (${JSON.stringify(e)})`;
  });
