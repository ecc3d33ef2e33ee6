import { describe, expect, it } from 'vitest';
import { applyToDocument, direction, preferredLang } from './language';

describe('language', () => {
  it('is right to left for Arabic only', () => {
    expect(direction('ar')).toBe('rtl');
    for (const lang of ['en', 'fr', 'es', 'ru', 'zh'] as const) expect(direction(lang)).toBe('ltr');
  });

  it('sets lang and dir on the element it is given', () => {
    const root = document.createElement('html');
    applyToDocument('ar', root);
    expect([root.lang, root.dir]).toEqual(['ar', 'rtl']);
  });

  it('starts in the first preferred language the interface has', () => {
    expect(preferredLang(['de-CH', 'fr-CH', 'en'])).toBe('fr');
    expect(preferredLang(['ar-EG'])).toBe('ar');
    expect(preferredLang(['zh-Hans-CN'])).toBe('zh');
    expect(preferredLang(['de', 'it'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });
});
