// The locales the l10n commands read, for the fake shell: the real
// locales/<lang>/ui.ftl, catalog.ftl and errors.ftl of the repository (not copies), read
// at test time. Only single-line messages are taken, with their arguments as
// written (`{ $name }`), which is all the fake shell formats.

type Messages = Readonly<Record<string, Readonly<Record<string, string>>>>;

function byLanguage(files: Record<string, string>): Messages {
  const out: Record<string, Record<string, string>> = {};
  for (const [path, text] of Object.entries(files)) {
    const lang = /locales\/([a-z]+)\//.exec(path)?.[1];
    if (lang === undefined) continue;
    const messages: Record<string, string> = {};
    for (const line of text.split('\n')) {
      const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
      if (m?.[1] !== undefined && m[2] !== undefined) messages[m[1]] = m[2];
    }
    out[lang] = messages;
  }
  return out;
}

/** locales/<lang>/ui.ftl, by language. */
export const UI_FTL: Messages = byLanguage(
  import.meta.glob<string>('../../../locales/*/ui.ftl', { query: '?raw', import: 'default', eager: true }),
);

/** locales/<lang>/errors.ftl, by language. */
export const ERRORS_FTL: Messages = byLanguage(
  import.meta.glob<string>('../../../locales/*/errors.ftl', { query: '?raw', import: 'default', eager: true }),
);

/** locales/<lang>/catalog.ftl, by language: the labels of the forms. */
export const CATALOG_FTL: Messages = byLanguage(
  import.meta.glob<string>('../../../locales/*/catalog.ftl', { query: '?raw', import: 'default', eager: true }),
);
