// The interface languages, and the one thing the document element must know
// about each: its direction. Arabic is the only right-to-left one today.

export const LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;

export type Lang = (typeof LANGUAGES)[number];

const RTL: ReadonlySet<Lang> = new Set<Lang>(['ar']);

export function isLang(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function direction(lang: Lang): 'rtl' | 'ltr' {
  return RTL.has(lang) ? 'rtl' : 'ltr';
}

/** Sets `lang` and `dir` on <html>, so the whole page mirrors and fonts follow. */
export function applyToDocument(lang: Lang, root: HTMLElement = document.documentElement): void {
  root.lang = lang;
  root.dir = direction(lang);
}

/** The first of the user's preferred languages the interface has, else English. */
export function preferredLang(preferences: readonly string[] = navigator.languages): Lang {
  for (const tag of preferences) {
    const primary = tag.split('-')[0]?.toLowerCase() ?? '';
    if (isLang(primary)) return primary;
  }
  return 'en';
}
