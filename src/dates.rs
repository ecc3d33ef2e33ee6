//! Dates, date-times and numbers written as a reader of each language expects
//! them in a formal letter.
//!
//! `fluent-bundle` does not format dates and does not group digits: a date
//! handed to Fluent comes out as the raw value, and `1234567` comes out as
//! `1234567` in every language. So we format dates and numbers here and hand
//! Fluent the finished string. The desktop UI and the PDF both go through
//! these functions, so they show exactly the same text.
//!
//! The forms follow formal-document (United Nations) practice for the six
//! languages we ship: `en`, `fr`, `es`, `ru`, `ar`, `zh`. Any other language
//! tag falls back to `en`. Only the primary subtag is looked at, so `fr-CH`,
//! `zh_Hans` and `EN` are `fr`, `zh` and `en`.
//!
//! These are pure functions: no clock, no system locale, no time-zone
//! database, so the same inputs give the same output on every machine.

use jiff::civil::{Date, Time};
use jiff::fmt::temporal::{Pieces, TimeZoneAnnotationKind};
use jiff::tz::Offset;

/// The languages we format for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    En,
    Fr,
    Es,
    Ru,
    Ar,
    Zh,
}

impl Lang {
    /// The language of a tag such as `fr`, `fr-CH` or `zh_Hans`; `en` if we do
    /// not format for it.
    fn of(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or("").trim();
        match primary.to_ascii_lowercase().as_str() {
            "fr" => Lang::Fr,
            "es" => Lang::Es,
            "ru" => Lang::Ru,
            "ar" => Lang::Ar,
            "zh" => Lang::Zh,
            _ => Lang::En,
        }
    }

    /// Thousands separator and decimal separator.
    ///
    /// Arabic: UN Arabic documents write Western digits (0-9), and we keep
    /// ASCII `,` and `.` rather than the Arabic thousands separator U+066C and
    /// decimal separator U+066B, so that an amount or a count is the same
    /// string of characters in the Arabic PDF as in the case file and the
    /// other languages, and can be found with an ordinary search.
    fn separators(self) -> (&'static str, &'static str) {
        match self {
            Lang::En | Lang::Ar | Lang::Zh => (",", "."),
            // U+202F NARROW NO-BREAK SPACE, as French typography prescribes.
            Lang::Fr => ("\u{202F}", ","),
            Lang::Es => (".", ","),
            // U+00A0 NO-BREAK SPACE.
            Lang::Ru => ("\u{A0}", ","),
        }
    }

    /// Month names in the form a date uses (genitive in Russian).
    fn months(self) -> &'static [&'static str; 12] {
        match self {
            Lang::En => &[
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ],
            Lang::Fr => &[
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
            ],
            Lang::Es => &[
                "enero",
                "febrero",
                "marzo",
                "abril",
                "mayo",
                "junio",
                "julio",
                "agosto",
                "septiembre",
                "octubre",
                "noviembre",
                "diciembre",
            ],
            Lang::Ru => &[
                "января",
                "февраля",
                "марта",
                "апреля",
                "мая",
                "июня",
                "июля",
                "августа",
                "сентября",
                "октября",
                "ноября",
                "декабря",
            ],
            // The transliterated month names used in UN Arabic documents.
            Lang::Ar => &[
                "يناير",
                "فبراير",
                "مارس",
                "أبريل",
                "مايو",
                "يونيو",
                "يوليه",
                "أغسطس",
                "سبتمبر",
                "أكتوبر",
                "نوفمبر",
                "ديسمبر",
            ],
            // Chinese writes the month as a number; never used.
            Lang::Zh => &[
                "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月",
                "12月",
            ],
        }
    }
}

/// A calendar date as a reader of `lang` expects it in a formal letter.
///
/// `en` "22 November 2026", `fr` "22 novembre 2026" ("1er mars 2026"),
/// `es` "22 de noviembre de 2026", `ru` "22 ноября 2026 г.",
/// `ar` "22 نوفمبر 2026", `zh` "2026年11月22日". Years are never grouped.
pub fn format_date(date: Date, lang: &str) -> String {
    let lang = Lang::of(lang);
    let (y, m, d) = (date.year(), date.month(), date.day());
    let month = lang.months()[(m - 1) as usize];
    match lang {
        Lang::En | Lang::Ar => format!("{d} {month} {y}"),
        Lang::Fr if d == 1 => format!("1er {month} {y}"),
        Lang::Fr => format!("{d} {month} {y}"),
        Lang::Es => format!("{d} de {month} de {y}"),
        Lang::Ru => format!("{d} {month} {y} г."),
        Lang::Zh => format!("{y}年{m}月{d}日"),
    }
}

/// An integer with the grouping a reader of `lang` expects.
///
/// `en`/`ar`/`zh` "1,234,567", `fr` "1 234 567" (U+202F), `es` "1.234.567"
/// but "1234" (the RAE leaves four-digit numbers ungrouped), `ru` "1 234 567"
/// (U+00A0). Negative numbers take an ASCII hyphen-minus.
pub fn format_integer(n: i64, lang: &str) -> String {
    let lang = Lang::of(lang);
    let digits = n.unsigned_abs().to_string();
    let grouped = group(&digits, lang);
    if n < 0 {
        format!("-{grouped}")
    } else {
        grouped
    }
}

/// A decimal amount given as the case stores it ("125000.50"): grouped integer
/// part, the language's decimal separator, fraction digits kept as written.
/// Returns None if `amount` is not digits[.digits].
///
/// Only ASCII digits are accepted, with no sign, no spaces and no separators
/// of any language. Leading zeros of the integer part are dropped ("007.5" is
/// 7.5), keeping at least one digit ("0.50"). The amount is never parsed into
/// a number, so it is neither rounded nor limited in size.
pub fn format_amount(amount: &str, lang: &str) -> Option<String> {
    let lang = Lang::of(lang);
    let (int, frac) = match amount.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (amount, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(int) || !frac.map_or(true, all_digits) {
        return None;
    }
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let mut out = group(int, lang);
    if let Some(frac) = frac {
        out.push_str(lang.separators().1);
        out.push_str(frac);
    }
    Some(out)
}

/// A date-time with offset, e.g. "2026-10-03T21:14:07+02:00": the date as
/// format_date, then the time as HH:MM:SS and the offset as "UTC+02:00"
/// (localized word order where natural, e.g. zh "2026年10月3日
/// 21:14:07（UTC+02:00）"). Returns None if it does not parse.
///
/// Accepts RFC 3339 (`Z` or a numeric offset) and RFC 9557 (the same followed
/// by a bracketed time zone, `2026-10-03T21:14:07+02:00[Europe/Paris]`). The
/// wall-clock time and offset are shown as written; nothing is converted.
/// `Z` and `-00:00` show as "UTC+00:00". Fractional seconds are dropped, not rounded.
///
/// The offset is required: a bare local time, or one with only a zone name
/// (`2026-10-03T21:14:07[Europe/Paris]`), would need the time-zone database
/// to find its offset, and the result would depend on the machine. A zone
/// name next to an offset is not checked against it, for the same reason; a
/// bracketed numeric offset (`[+02:00]`) is, and a mismatch is rejected.
///
/// `en` "3 October 2026, 21:14:07 (UTC+02:00)",
/// `fr` "3 octobre 2026 à 21:14:07 (UTC+02:00)",
/// `es` "3 de octubre de 2026, a las 21:14:07 (UTC+02:00)",
/// `ru` "3 октября 2026 г., 21:14:07 (UTC+02:00)",
/// `ar` "3 أكتوبر 2026، الساعة 21:14:07 (UTC+02:00)",
/// `zh` "2026年10月3日 21:14:07（UTC+02:00）".
pub fn format_datetime(value: &str, lang: &str) -> Option<String> {
    let pieces = Pieces::parse(value.trim()).ok()?;
    let time = pieces.time()?;
    let offset = pieces.offset()?.to_numeric_offset();
    // RFC 3339 offset hours are 00-23; jiff accepts up to 25:59:59.
    if offset.seconds().unsigned_abs() >= 24 * 3600 {
        return None;
    }
    if let Some(annotation) = pieces.time_zone_annotation() {
        if let TimeZoneAnnotationKind::Offset(bracketed) = annotation.kind() {
            if *bracketed != offset {
                return None;
            }
        }
    }
    let date = format_date(pieces.date(), lang);
    let time = format_time(time);
    let offset = format_offset(offset);
    Some(match Lang::of(lang) {
        Lang::En => format!("{date}, {time} ({offset})"),
        Lang::Fr => format!("{date} à {time} ({offset})"),
        Lang::Es => format!("{date}, a las {time} ({offset})"),
        Lang::Ru => format!("{date}, {time} ({offset})"),
        // U+060C ARABIC COMMA; "الساعة" is "at the hour". The time and
        // "UTC+02:00" are runs the bidi algorithm keeps left-to-right.
        Lang::Ar => format!("{date}، الساعة {time} ({offset})"),
        // Full-width parentheses, as Chinese text uses.
        Lang::Zh => format!("{date} {time}（{offset}）"),
    })
}

/// `HH:MM:SS`, 24-hour clock.
fn format_time(t: Time) -> String {
    format!("{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second())
}

/// `UTC+HH:MM`, with `:SS` only when the offset has seconds.
fn format_offset(offset: Offset) -> String {
    let total = offset.seconds();
    let sign = if total < 0 { '-' } else { '+' };
    let abs = total.unsigned_abs();
    let (h, m, s) = (abs / 3600, abs / 60 % 60, abs % 60);
    if s == 0 {
        format!("UTC{sign}{h:02}:{m:02}")
    } else {
        format!("UTC{sign}{h:02}:{m:02}:{s:02}")
    }
}

/// Groups a string of ASCII digits by thousands with the language's
/// separator.
fn group(digits: &str, lang: Lang) -> String {
    let sep = lang.separators().0;
    if lang == Lang::Es && digits.len() <= 4 {
        return digits.to_string();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * sep.len());
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const NNBSP: &str = "\u{202F}";
    const NBSP: &str = "\u{A0}";

    fn integers(lang: &str) -> Vec<String> {
        [0, 999, 1234, 1234567, -1234567]
            .into_iter()
            .map(|n| format_integer(n, lang))
            .collect()
    }

    // en

    #[test]
    fn en_dates() {
        assert_eq!(format_date(date(2026, 11, 22), "en"), "22 November 2026");
        assert_eq!(format_date(date(2026, 3, 1), "en"), "1 March 2026");
        assert_eq!(format_date(date(2026, 1, 5), "en-GB"), "5 January 2026");
    }

    #[test]
    fn en_integers() {
        assert_eq!(
            integers("en"),
            ["0", "999", "1,234", "1,234,567", "-1,234,567"]
        );
    }

    #[test]
    fn en_amounts() {
        assert_eq!(format_amount("125000.50", "en").unwrap(), "125,000.50");
        assert_eq!(format_amount("1234", "en").unwrap(), "1,234");
        assert_eq!(format_amount("0.5", "en").unwrap(), "0.5");
    }

    #[test]
    fn en_datetimes() {
        assert_eq!(
            format_datetime("2026-10-03T21:14:07+02:00", "en").unwrap(),
            "3 October 2026, 21:14:07 (UTC+02:00)"
        );
        assert_eq!(
            format_datetime("2026-10-03T21:14:07+02:00[Europe/Paris]", "en").unwrap(),
            "3 October 2026, 21:14:07 (UTC+02:00)"
        );
    }

    // fr

    #[test]
    fn fr_dates() {
        assert_eq!(format_date(date(2026, 11, 22), "fr"), "22 novembre 2026");
        assert_eq!(format_date(date(2026, 3, 1), "fr"), "1er mars 2026");
        assert_eq!(format_date(date(2026, 8, 2), "fr-CH"), "2 août 2026");
    }

    #[test]
    fn fr_integers() {
        assert_eq!(
            integers("fr"),
            [
                "0".to_string(),
                "999".to_string(),
                format!("1{NNBSP}234"),
                format!("1{NNBSP}234{NNBSP}567"),
                format!("-1{NNBSP}234{NNBSP}567"),
            ]
        );
    }

    #[test]
    fn fr_amounts() {
        assert_eq!(
            format_amount("125000.50", "fr").unwrap(),
            format!("125{NNBSP}000,50")
        );
    }

    #[test]
    fn fr_datetimes() {
        assert_eq!(
            format_datetime("2026-03-01T08:05:00-05:00", "fr").unwrap(),
            "1er mars 2026 à 08:05:00 (UTC-05:00)"
        );
        assert_eq!(
            format_datetime("2026-10-03T21:14:07+02:00[Europe/Paris]", "fr").unwrap(),
            "3 octobre 2026 à 21:14:07 (UTC+02:00)"
        );
    }

    // es

    #[test]
    fn es_dates() {
        assert_eq!(
            format_date(date(2026, 11, 22), "es"),
            "22 de noviembre de 2026"
        );
        assert_eq!(format_date(date(2026, 3, 1), "es"), "1 de marzo de 2026");
    }

    #[test]
    fn es_integers() {
        assert_eq!(
            integers("es"),
            ["0", "999", "1234", "1.234.567", "-1.234.567"]
        );
        assert_eq!(format_integer(12345, "es"), "12.345");
        assert_eq!(format_integer(-1234, "es"), "-1234");
    }

    #[test]
    fn es_amounts() {
        assert_eq!(format_amount("125000.50", "es").unwrap(), "125.000,50");
        assert_eq!(format_amount("1234.50", "es").unwrap(), "1234,50");
    }

    #[test]
    fn es_datetimes() {
        assert_eq!(
            format_datetime("2026-10-03T21:14:07+02:00", "es").unwrap(),
            "3 de octubre de 2026, a las 21:14:07 (UTC+02:00)"
        );
        assert_eq!(
            format_datetime("2026-10-03T21:14:07-03:00[America/Buenos_Aires]", "es").unwrap(),
            "3 de octubre de 2026, a las 21:14:07 (UTC-03:00)"
        );
    }

    // ru

    #[test]
    fn ru_dates() {
        assert_eq!(format_date(date(2026, 11, 22), "ru"), "22 ноября 2026 г.");
        assert_eq!(format_date(date(2026, 3, 1), "ru"), "1 марта 2026 г.");
        assert_eq!(format_date(date(2026, 5, 9), "ru"), "9 мая 2026 г.");
    }

    #[test]
    fn ru_integers() {
        assert_eq!(
            integers("ru"),
            [
                "0".to_string(),
                "999".to_string(),
                format!("1{NBSP}234"),
                format!("1{NBSP}234{NBSP}567"),
                format!("-1{NBSP}234{NBSP}567"),
            ]
        );
    }

    #[test]
    fn ru_amounts() {
        assert_eq!(
            format_amount("125000.50", "ru").unwrap(),
            format!("125{NBSP}000,50")
        );
    }

    #[test]
    fn ru_datetimes() {
        assert_eq!(
            format_datetime("2026-10-03T21:14:07+03:00", "ru").unwrap(),
            "3 октября 2026 г., 21:14:07 (UTC+03:00)"
        );
        assert_eq!(
            format_datetime("2026-10-03T21:14:07+03:00[Europe/Moscow]", "ru").unwrap(),
            "3 октября 2026 г., 21:14:07 (UTC+03:00)"
        );
    }

    // ar

    #[test]
    fn ar_dates() {
        assert_eq!(format_date(date(2026, 11, 22), "ar"), "22 نوفمبر 2026");
        assert_eq!(format_date(date(2026, 7, 1), "ar"), "1 يوليه 2026");
        assert_eq!(format_date(date(2026, 3, 1), "ar"), "1 مارس 2026");
    }

    #[test]
    fn ar_integers() {
        assert_eq!(
            integers("ar"),
            ["0", "999", "1,234", "1,234,567", "-1,234,567"]
        );
    }

    #[test]
    fn ar_amounts() {
        assert_eq!(format_amount("125000.50", "ar").unwrap(), "125,000.50");
    }

    #[test]
    fn ar_datetimes() {
        assert_eq!(
            format_datetime("2026-10-03T21:14:07+02:00", "ar").unwrap(),
            "3 أكتوبر 2026، الساعة 21:14:07 (UTC+02:00)"
        );
        assert_eq!(
            format_datetime("2026-10-03T21:14:07+03:00[Asia/Riyadh]", "ar").unwrap(),
            "3 أكتوبر 2026، الساعة 21:14:07 (UTC+03:00)"
        );
    }

    // zh

    #[test]
    fn zh_dates() {
        assert_eq!(format_date(date(2026, 11, 22), "zh"), "2026年11月22日");
        assert_eq!(format_date(date(2026, 3, 1), "zh-Hans"), "2026年3月1日");
    }

    #[test]
    fn zh_integers() {
        assert_eq!(
            integers("zh"),
            ["0", "999", "1,234", "1,234,567", "-1,234,567"]
        );
    }

    #[test]
    fn zh_amounts() {
        assert_eq!(format_amount("125000.50", "zh").unwrap(), "125,000.50");
    }

    #[test]
    fn zh_datetimes() {
        assert_eq!(
            format_datetime("2026-10-03T21:14:07+02:00", "zh").unwrap(),
            "2026年10月3日 21:14:07（UTC+02:00）"
        );
        assert_eq!(
            format_datetime("2026-10-03T21:14:07+08:00[Asia/Shanghai]", "zh").unwrap(),
            "2026年10月3日 21:14:07（UTC+08:00）"
        );
    }

    // Across languages

    #[test]
    fn unknown_languages_fall_back_to_en() {
        for lang in ["de", "", "x", "pt-BR"] {
            assert_eq!(format_date(date(2026, 11, 22), lang), "22 November 2026");
            assert_eq!(format_integer(1234567, lang), "1,234,567");
            assert_eq!(format_amount("1234.5", lang).unwrap(), "1,234.5");
        }
        assert_eq!(
            format_integer(1234567, "FR"),
            format!("1{NNBSP}234{NNBSP}567")
        );
        assert_eq!(format_date(date(2026, 3, 1), "zh_Hant"), "2026年3月1日");
    }

    #[test]
    fn integer_extremes() {
        assert_eq!(format_integer(i64::MAX, "en"), "9,223,372,036,854,775,807");
        assert_eq!(format_integer(i64::MIN, "en"), "-9,223,372,036,854,775,808");
        assert_eq!(format_integer(100, "en"), "100");
        assert_eq!(format_integer(100000, "en"), "100,000");
        assert_eq!(format_integer(-999, "fr"), "-999");
    }

    #[test]
    fn amounts_keep_fraction_and_size() {
        assert_eq!(format_amount("125000", "en").unwrap(), "125,000");
        assert_eq!(
            format_amount("125000.5000", "fr").unwrap(),
            format!("125{NNBSP}000,5000")
        );
        assert_eq!(format_amount("0.00", "es").unwrap(), "0,00");
        assert_eq!(format_amount("007.5", "en").unwrap(), "7.5");
        assert_eq!(format_amount("000", "en").unwrap(), "0");
        // Beyond i64 and f64 precision: kept digit for digit.
        assert_eq!(
            format_amount("12345678901234567890123.45", "en").unwrap(),
            "12,345,678,901,234,567,890,123.45"
        );
    }

    #[test]
    fn invalid_amounts_are_none() {
        for bad in [
            "", ".", "1.", ".5", "-5", "+5", "1,234", "1 234", "1.2.3", "12a", "1e5", " 12", "12 ",
            "١٢٣", "１２",
        ] {
            assert_eq!(format_amount(bad, "en"), None, "{bad:?}");
        }
    }

    #[test]
    fn datetime_forms() {
        // Zulu, negative offset, fractional seconds, minutes only, lower-case t.
        assert_eq!(
            format_datetime("2026-10-03T21:14:07Z", "en").unwrap(),
            "3 October 2026, 21:14:07 (UTC+00:00)"
        );
        assert_eq!(
            format_datetime("2026-01-01T00:00:00-09:30", "en").unwrap(),
            "1 January 2026, 00:00:00 (UTC-09:30)"
        );
        assert_eq!(
            format_datetime("2026-10-03T21:14:07.987654+05:45", "en").unwrap(),
            "3 October 2026, 21:14:07 (UTC+05:45)"
        );
        assert_eq!(
            format_datetime("2026-10-03t21:14+02:00", "en").unwrap(),
            "3 October 2026, 21:14:00 (UTC+02:00)"
        );
        // The wall-clock time is kept, not converted: 23:30 at -05:00 is the
        // next day in UTC, but the date shown is the one written.
        assert_eq!(
            format_datetime("2026-12-31T23:30:00-05:00[America/New_York]", "fr").unwrap(),
            "31 décembre 2026 à 23:30:00 (UTC-05:00)"
        );
        // Bracketed numeric offset matching the offset; critical flag.
        assert_eq!(
            format_datetime("2026-10-03T21:14:07+02:00[+02:00]", "en").unwrap(),
            "3 October 2026, 21:14:07 (UTC+02:00)"
        );
        assert_eq!(
            format_datetime("2026-10-03T21:14:07+02:00[!Europe/Paris]", "en").unwrap(),
            "3 October 2026, 21:14:07 (UTC+02:00)"
        );
    }

    #[test]
    fn invalid_datetimes_are_none() {
        for bad in [
            "",
            "yesterday",
            "2026-10-03",
            "2026-10-03T21:14:07",
            "2026-10-03T21:14:07[Europe/Paris]",
            "2026-10-03T21:14:07+02:00[+03:00]",
            "2026-10-03T21:14:07+02:00[Europe/Paris",
            "2026-10-03T21:14:07+02:00 trailing",
            "2026-13-03T21:14:07+02:00",
            "2026-02-30T21:14:07+02:00",
            "2026-10-03T25:14:07+02:00",
            "2026-10-03T21:14:07+25:00",
            "03/10/2026 21:14:07",
        ] {
            for lang in ["en", "zh"] {
                assert_eq!(format_datetime(bad, lang), None, "{bad:?}");
            }
        }
    }
}
