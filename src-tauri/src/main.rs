// Keeps a console window from opening next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // WebKitGTK's accelerated compositing costs the web process about 100 MB
    // (measured: 277 MB resident with it, 180 MB without, BENCHMARKS.md) and
    // buys nothing for forms and text on the old laptops Rogatory is used on.
    // With compositing off, the DMA-BUF renderer has nothing to carry, and
    // turning it off spares the shell process another 4 MB. A user who wants
    // either back sets its variable to 0. This runs before any thread exists.
    for variable in [
        "WEBKIT_DISABLE_COMPOSITING_MODE",
        "WEBKIT_DISABLE_DMABUF_RENDERER",
    ] {
        if std::env::var_os(variable).is_none() {
            std::env::set_var(variable, "1");
        }
    }
    rogatory_app::run();
}
