//! What the commands share: the catalog and the six locales, loaded once at
//! start-up from the installation (`templates/`, `locales/`). A failed load is
//! kept, not unwrapped, so every command reports it to the window as an error
//! the interface can show, instead of the app dying before it has a window.

use std::path::Path;

use rogatory::{Catalog, Localizer};

use crate::error::IpcError;

pub struct Core {
    pub catalog: Catalog,
    pub l10n: Localizer,
}

pub struct CoreState(pub Result<Core, IpcError>);

impl CoreState {
    pub fn load(home: &Path) -> CoreState {
        let core = Catalog::load(&home.join("templates"))
            .map_err(IpcError::from)
            .and_then(|catalog| {
                let l10n = Localizer::load(&home.join("locales"), true).map_err(IpcError::from)?;
                Ok(Core { catalog, l10n })
            });
        CoreState(core)
    }

    pub fn get(&self) -> Result<&Core, IpcError> {
        self.0.as_ref().map_err(Clone::clone)
    }
}
