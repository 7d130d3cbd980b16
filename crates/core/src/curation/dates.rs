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
/// in humantime's units (`7d`, `2w`, `24h`, `1w 3d`, `3months`; `m` is minutes, `M` months).
/// Returns seconds since the epoch.
pub fn parse_since(s: &str, now: i64) -> Result<i64, String> {
    let s = s.trim().trim_start_matches("since:");
    if let Ok(d) = Date::parse(s, &format_description!("[year]-[month]-[day]")) {
        return Ok(d.midnight().assume_utc().unix_timestamp());
    }
    let too_far = || format!("`{s}` is too far back: write since:2026-11-01 or since:30d");
    match humantime::parse_duration(s) {
        // Spans come from chat, so any number of digits can arrive: the arithmetic is checked,
        // and the result must still be a day `day()` can show.
        Ok(span) => i64::try_from(span.as_secs())
            .ok()
            .and_then(|secs| now.checked_sub(secs))
            .filter(|&t| OffsetDateTime::from_unix_timestamp(t).is_ok())
            .ok_or_else(too_far),
        Err(humantime::DurationError::NumberOverflow) => Err(too_far()),
        Err(_) => Err(format!(
            "`{s}` is not a date: write since:2026-11-01, or since:7d for the last week"
        )),
    }
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
