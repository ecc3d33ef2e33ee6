//! Formats of the primitive field types: what a well-formed date, e-mail
//! address or IP address looks like. A malformed value is a finding (the
//! officer is still typing), not a load error; its code names the format.

use std::net::IpAddr;

use crate::catalog::Prim;

/// Every code this module can return; `templates/formats.toml` gives each its
/// severity and basis, and `locales/` its message.
pub const FORMAT_CODES: &[&str] = &[
    "invalid-date",
    "invalid-datetime",
    "datetime-without-zone",
    "invalid-time-zone",
    "invalid-country",
    "invalid-language",
    "invalid-email",
    "invalid-url",
    "invalid-phone",
    "invalid-ip-address",
    "invalid-port",
    "invalid-domain",
    "invalid-amount",
    "invalid-currency",
    "invalid-choice",
    "date-range-reversed",
    "unsupported-characters",
];

/// Checks a string value of a primitive type; `None` when well formed.
/// Choice membership is checked by the caller, which knows the list.
pub fn check(prim: Prim, s: &str) -> Option<&'static str> {
    let s = s.trim();
    let ok = match prim {
        Prim::Date => parse_date(s).is_some(),
        Prim::Datetime => return check_datetime(s),
        Prim::TimeZone => is_time_zone(s),
        Prim::Country => s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase()),
        Prim::Language => (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase()),
        Prim::Email => is_email(s),
        Prim::Url => is_url(s),
        Prim::Phone => is_phone(s),
        Prim::IpAddress => s.parse::<IpAddr>().is_ok(),
        Prim::Domain => is_domain(s),
        Prim::Amount => is_amount(s),
        Prim::Currency => s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()),
        Prim::Text
        | Prim::LongText
        | Prim::Account
        | Prim::Attachment
        | Prim::Choice
        | Prim::Boolean
        | Prim::Integer
        | Prim::Port => true,
    };
    if ok {
        None
    } else {
        Some(code_for(prim))
    }
}

fn code_for(prim: Prim) -> &'static str {
    match prim {
        Prim::Date => "invalid-date",
        Prim::Datetime => "invalid-datetime",
        Prim::TimeZone => "invalid-time-zone",
        Prim::Country => "invalid-country",
        Prim::Language => "invalid-language",
        Prim::Email => "invalid-email",
        Prim::Url => "invalid-url",
        Prim::Phone => "invalid-phone",
        Prim::IpAddress => "invalid-ip-address",
        Prim::Port => "invalid-port",
        Prim::Domain => "invalid-domain",
        Prim::Amount => "invalid-amount",
        Prim::Currency => "invalid-currency",
        _ => "invalid-choice",
    }
}

/// A calendar date written `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<jiff::civil::Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    s.parse().ok()
}

/// An instant: RFC 3339 with an offset, or RFC 9557 with a bracketed zone.
pub fn parse_instant(s: &str) -> Option<jiff::Timestamp> {
    if s.contains('[') {
        return s.parse::<jiff::Zoned>().ok().map(|z| z.timestamp());
    }
    s.parse::<jiff::Timestamp>().ok()
}

fn check_datetime(s: &str) -> Option<&'static str> {
    if parse_instant(s).is_some() {
        None
    } else if s.parse::<jiff::civil::DateTime>().is_ok() {
        // A local time with no offset or zone names no instant: an IP address
        // seen at "14:05" could be anybody's, depending on the zone.
        Some("datetime-without-zone")
    } else {
        Some("invalid-datetime")
    }
}

fn is_time_zone(s: &str) -> bool {
    if s == "UTC" || s == "Z" {
        return true;
    }
    let offset = s.strip_prefix("UTC").unwrap_or(s);
    if let Some(rest) = offset.strip_prefix(['+', '-']) {
        let (h, m) = rest.split_once(':').unwrap_or((rest, "00"));
        return h.len() <= 2
            && m.len() == 2
            && h.parse::<u8>().is_ok_and(|h| h <= 14)
            && m.parse::<u8>().is_ok_and(|m| m < 60);
    }
    s.contains('/') && jiff::tz::TimeZone::get(s).is_ok()
}

fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !local.contains(char::is_whitespace)
        && !domain.contains('@')
        && is_domain(domain)
}

fn is_domain(s: &str) -> bool {
    let s = s.strip_suffix('.').unwrap_or(s);
    s.len() <= 253
        && s.contains('.')
        && s.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

fn is_url(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once("://") else {
        return false;
    };
    let host = rest
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("")
        .rsplit('@')
        .next()
        .unwrap_or("");
    let host = host.split(':').next().unwrap_or("");
    !scheme.is_empty()
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !s.contains(char::is_whitespace)
        && (is_domain(host) || host.parse::<IpAddr>().is_ok() || host == "localhost")
}

fn is_phone(s: &str) -> bool {
    let body = s.strip_prefix('+').unwrap_or(s);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    (6..=17).contains(&digits)
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || " -.()".contains(c))
}

fn is_amount(s: &str) -> bool {
    let (int, frac) = s.split_once('.').unwrap_or((s, "0"));
    !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && !frac.is_empty()
        && frac.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_iso() {
        assert_eq!(check(Prim::Date, "2026-02-28"), None);
        assert_eq!(check(Prim::Date, "2026-02-30"), Some("invalid-date"));
        assert_eq!(check(Prim::Date, "28/02/2026"), Some("invalid-date"));
        assert_eq!(check(Prim::Date, "2026-2-8"), Some("invalid-date"));
    }

    #[test]
    fn datetimes_need_an_offset_or_zone() {
        assert_eq!(check(Prim::Datetime, "2026-03-01T14:05:09Z"), None);
        assert_eq!(check(Prim::Datetime, "2026-03-01T14:05:09+03:00"), None);
        assert_eq!(
            check(Prim::Datetime, "2026-03-01T14:05:09+01:00[Europe/Paris]"),
            None
        );
        assert_eq!(
            check(Prim::Datetime, "2026-03-01T14:05:09"),
            Some("datetime-without-zone")
        );
        assert_eq!(
            check(Prim::Datetime, "yesterday at noon"),
            Some("invalid-datetime")
        );
    }

    #[test]
    fn identifiers() {
        assert_eq!(check(Prim::IpAddress, "203.0.113.7"), None);
        assert_eq!(check(Prim::IpAddress, "2001:db8::1"), None);
        assert_eq!(
            check(Prim::IpAddress, "203.0.113.300"),
            Some("invalid-ip-address")
        );
        assert_eq!(check(Prim::Email, "duty@cyber.example.org"), None);
        assert_eq!(check(Prim::Email, "duty@@example"), Some("invalid-email"));
        assert_eq!(check(Prim::Email, "مكتب@example.org"), None);
        assert_eq!(check(Prim::Url, "https://portal.example.net/le?x=1"), None);
        assert_eq!(check(Prim::Url, "portal.example.net"), Some("invalid-url"));
        assert_eq!(check(Prim::Phone, "+1 555 0100 200"), None);
        assert_eq!(check(Prim::Phone, "call me"), Some("invalid-phone"));
        assert_eq!(check(Prim::Domain, "example-mail.test"), None);
        assert_eq!(check(Prim::Domain, "-bad-.test"), Some("invalid-domain"));
    }

    #[test]
    fn zones_amounts_codes() {
        assert_eq!(check(Prim::TimeZone, "UTC+03:00"), None);
        assert_eq!(check(Prim::TimeZone, "+05:30"), None);
        assert_eq!(
            check(Prim::TimeZone, "Mars/Olympus"),
            Some("invalid-time-zone")
        );
        assert_eq!(check(Prim::Amount, "125000.50"), None);
        assert_eq!(check(Prim::Amount, "12,5"), Some("invalid-amount"));
        assert_eq!(check(Prim::Currency, "EUR"), None);
        assert_eq!(check(Prim::Country, "xa"), Some("invalid-country"));
    }

    #[test]
    fn every_code_is_listed() {
        for p in [
            Prim::Date,
            Prim::TimeZone,
            Prim::Country,
            Prim::Language,
            Prim::Email,
            Prim::Url,
            Prim::Phone,
            Prim::IpAddress,
            Prim::Port,
            Prim::Domain,
            Prim::Amount,
            Prim::Currency,
        ] {
            assert!(FORMAT_CODES.contains(&code_for(p)), "{p:?}");
        }
    }
}
