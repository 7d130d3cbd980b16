//! Times as the curators read and write them: a report's days, a `since` typed in chat, and
//! when the weekly digest is next due. All in UTC, as seconds since the epoch.

use time::macros::format_description;
use time::{Date, OffsetDateTime, Weekday};

/// A time as its UTC date, `2026-11-30`.
pub fn day(at: i64) -> String {
    OffsetDateTime::from_unix_timestamp(at)
        .ok()
        .and_then(|t| t.format(&format_description!("[year]-[month]-[day]")).ok())
        .unwrap_or_else(|| "?".into())
}

/// A time as `2026-11-30 14:05 UTC`.
pub fn minute(at: i64) -> String {
    OffsetDateTime::from_unix_timestamp(at)
        .ok()
        .and_then(|t| {
            t.format(&format_description!(
                "[year]-[month]-[day] [hour]:[minute] UTC"
            ))
            .ok()
        })
        .unwrap_or_else(|| "?".into())
}

/// Reads a `since` value as people type it: a date (`2026-11-01`) or a span back from `now`
/// (`7d`, `2w`, `24h`). Returns seconds since the epoch.
pub fn parse_since(s: &str, now: i64) -> Result<i64, String> {
    let s = s.trim().trim_start_matches("since:");
    // Spans come from chat, so any number of digits can arrive: the arithmetic is checked, and
    // the result must still be a day `day()` can show.
    let span =
        |n: &str, unit: i64| -> Option<Result<i64, String>> {
            if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let back = n
                .parse::<i64>()
                .ok()
                .and_then(|n| n.checked_mul(unit))
                .and_then(|secs| now.checked_sub(secs))
                .filter(|&t| OffsetDateTime::from_unix_timestamp(t).is_ok());
            Some(back.ok_or_else(|| {
                format!("`{s}` is too far back: write since:2026-11-01 or since:30d")
            }))
        };
    let back = if let Some(n) = s.strip_suffix('d') {
        span(n, 86_400)
    } else if let Some(n) = s.strip_suffix('w') {
        span(n, 7 * 86_400)
    } else if let Some(n) = s.strip_suffix('h') {
        span(n, 3_600)
    } else {
        None
    };
    if let Some(t) = back {
        return t;
    }
    Date::parse(s, &format_description!("[year]-[month]-[day]"))
        .map(|d| d.midnight().assume_utc().unix_timestamp())
        .map_err(|_| {
            format!("`{s}` is not a date: write since:2026-11-01, or since:7d for the last week")
        })
}

/// A weekday as people write it in a config ("monday", "Mon").
pub fn parse_weekday(s: &str) -> Option<Weekday> {
    let s = s.trim().to_lowercase();
    let days = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];
    days.into_iter().find(|d| {
        let name = d.to_string().to_lowercase();
        s.len() >= 3 && name.starts_with(&s)
    })
}

/// The next time after `now` that falls on `day` at `hour`:00 UTC (seconds since the epoch).
pub fn next_digest(now: i64, day: Weekday, hour: u8) -> i64 {
    let Ok(t) = OffsetDateTime::from_unix_timestamp(now) else {
        return now + 7 * 86_400;
    };
    let today = t.date();
    (0..=7)
        .filter_map(|i| {
            let d = today.checked_add(time::Duration::days(i))?;
            (d.weekday() == day).then_some(d)
        })
        .filter_map(|d| d.with_hms(hour, 0, 0).ok())
        .map(|dt| dt.assume_utc().unix_timestamp())
        .find(|&at| at > now)
        .unwrap_or(now + 7 * 86_400)
}
