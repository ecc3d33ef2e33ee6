//! The authority's profile on disk: kept exactly, checked before it is
//! stored, never lost to a damaged file, and used to fill new requests.

use rogatory_app::commands::settings::{prefill, LogoInfo, Settings, SettingsStore};

fn png(width: u32, height: u32) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, width, height);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        let mut w = enc.write_header().unwrap();
        w.write_image_data(&vec![90; (width * height * 3) as usize])
            .unwrap();
    }
    out
}

fn profile() -> Settings {
    Settings {
        authority_name: "مكتب النائب العام".into(),
        authority_address: "1 Justice Square\nCorvania City".into(),
        authority_email: "mla@justice.example".into(),
        signatory_name: "Dana OKAFOR".into(),
        signatory_function: "Head of the Central Authority".into(),
        reference_pattern: "PG/MLA/[year]/[seq]".into(),
        next_seq: 41,
        document_lang: "fr".into(),
        ..Settings::default()
    }
}

#[test]
fn a_profile_is_kept_exactly_and_fills_each_new_request() {
    let dir = tempfile::tempdir().unwrap();
    let store = SettingsStore::new(dir.path().join("config"));
    assert_eq!(
        store.load().unwrap(),
        Settings::default(),
        "nothing stored yet"
    );
    store.save(profile()).unwrap();
    assert_eq!(
        SettingsStore::new(dir.path().join("config"))
            .load()
            .unwrap(),
        profile()
    );

    let home = rogatory::catalog::default_home();
    let catalog = rogatory::Catalog::load(&home.join("templates")).unwrap();
    let mut first = rogatory::Case::blank("mla", &catalog).unwrap().doc;
    let mut second = rogatory::Case::blank("preservation", &catalog).unwrap().doc;
    prefill(&store, &mut first, 2026).unwrap();
    prefill(&store, &mut second, 2026).unwrap();
    assert_eq!(first["requesting_authority"]["name"], "مكتب النائب العام");
    assert_eq!(
        first["requesting_authority"]["address"],
        "1 Justice Square\nCorvania City"
    );
    assert_eq!(
        first["signatory"]["function"],
        "Head of the Central Authority"
    );
    assert_eq!(first["request"]["language"], "fr");
    assert_eq!(first["request"]["reference"], "PG/MLA/2026/041");
    assert_eq!(second["request"]["reference"], "PG/MLA/2026/042");
    assert_eq!(store.load().unwrap().next_seq, 43);
    // Still a valid case of its kind.
    rogatory::Case::from_value(first, &catalog).unwrap();
}

#[test]
fn bad_settings_are_refused_with_the_field_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let store = SettingsStore::new(dir.path().to_path_buf());
    store.save(profile()).unwrap();
    let before = std::fs::read(dir.path().join("settings.json")).unwrap();

    let long = Settings {
        authority_address: "x".repeat(200_000),
        ..profile()
    };
    let err = store.save(long).unwrap_err();
    assert_eq!(err.code, "settings-too-long");
    assert_eq!(err.args["field"], "authority_address".into());
    let klingon = Settings {
        document_lang: "tlh".into(),
        ..profile()
    };
    assert_eq!(store.save(klingon).unwrap_err().code, "settings-language");
    assert_eq!(
        std::fs::read(dir.path().join("settings.json")).unwrap(),
        before
    );
}

#[test]
fn a_damaged_settings_file_is_reported_and_left_for_the_officer() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.json");
    std::fs::write(&path, "{\"authority_name\": \"Office of").unwrap();
    let store = SettingsStore::new(dir.path().to_path_buf());
    let err = store.load().unwrap_err();
    assert_eq!(err.code, "settings-damaged");
    assert!(
        matches!(&err.args["path"], rogatory::ArgValue::Str(p) if p.ends_with("settings.json"))
    );
    assert_eq!(store.save(profile()).unwrap_err().code, "settings-damaged");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "{\"authority_name\": \"Office of"
    );
}

#[test]
fn the_logo_is_checked_copied_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let store = SettingsStore::new(dir.path().join("config"));
    let image = dir.path().join("crest.png");
    std::fs::write(&image, png(40, 30)).unwrap();
    let saved = store.set_logo(&image).unwrap();
    assert_eq!(
        saved.logo,
        Some(LogoInfo {
            width: 40,
            height: 30
        })
    );
    std::fs::remove_file(&image).unwrap();
    let logo = store
        .logo()
        .unwrap()
        .expect("a stored copy, not the original");
    assert_eq!((logo.width, logo.height), (40, 30));
    // Saving the other settings keeps the logo.
    store.save(profile()).unwrap();
    assert!(store.logo().unwrap().is_some());

    let text = dir.path().join("notes.png");
    std::fs::write(&text, "not an image").unwrap();
    assert_eq!(store.set_logo(&text).unwrap_err().code, "logo-format");
    assert!(
        store.logo().unwrap().is_some(),
        "a refused image changes nothing"
    );

    assert_eq!(store.clear_logo().unwrap().logo, None);
    assert!(store.logo().unwrap().is_none());
}

#[test]
fn the_recent_list_keeps_ten_newest_first_and_notices_missing_files() {
    use rogatory_app::commands::recent::{load, remember};
    let dir = tempfile::tempdir().unwrap();
    let store = SettingsStore::new(dir.path().join("config"));
    assert!(load(&store).is_empty());
    let doc = |n: usize| serde_json::json!({ "kind": "mla", "request": { "reference": format!("R-{n}") } });
    for n in 0..12 {
        let path = dir.path().join(format!("case-{n}.json"));
        std::fs::write(&path, "{}").unwrap();
        remember(&store, &path, &doc(n)).unwrap();
    }
    // Opening an older one again brings it to the top, once.
    remember(&store, &dir.path().join("case-5.json"), &doc(5)).unwrap();
    std::fs::remove_file(dir.path().join("case-11.json")).unwrap();
    let list = load(&store);
    let refs: Vec<_> = list.iter().map(|r| r.reference.as_str()).collect();
    assert_eq!(
        refs,
        ["R-5", "R-11", "R-10", "R-9", "R-8", "R-7", "R-6", "R-4", "R-3", "R-2"]
    );
    assert!(list[0].exists);
    assert!(!list[1].exists, "case-11.json was deleted");
    assert_eq!(list[0].kind, "mla");
}
