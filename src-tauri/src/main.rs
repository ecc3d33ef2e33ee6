// Keeps a console window from opening next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // WebKitGTK's accelerated compositing costs the web process about 100 MB
    // (measured: 277 MB resident with it, 180 MB without, BENCHMARKS.md) and
    // buys nothing for forms and text on the old laptops Rogatory is used on.
    // A user who wants it back sets the variable to 0. This runs before any
    // thread exists.
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
    rogatory_app::run();
}
