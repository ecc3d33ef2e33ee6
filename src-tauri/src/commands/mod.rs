//! Tauri commands, one module per domain. Each command is a few lines that
//! forward to the core; each is listed in `build.rs` and granted in
//! `capabilities/`.

pub mod app;
pub mod case;
pub mod catalog;
pub mod document;
pub mod files;
pub mod l10n;
pub mod recent;
pub mod register;
pub mod settings;
