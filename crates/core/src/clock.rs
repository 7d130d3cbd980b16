//! Dates and times for people: the year now (for the year check and the recency prior) and
//! times shown in `!about` and `!status`.

use std::time::SystemTime;

use time::macros::format_description;
use time::OffsetDateTime;

/// The calendar year now (UTC).
pub fn current_year() -> u16 {
    u16::try_from(OffsetDateTime::now_utc().year()).unwrap_or(u16::MAX)
}

/// Formats a time as `2026-11-23 20:15 UTC`.
pub fn fmt_utc(t: SystemTime) -> String {
    let format = format_description!("[year]-[month]-[day] [hour]:[minute] UTC");
    OffsetDateTime::from(t)
        .format(&format)
        .unwrap_or_else(|_| "an unknown time".into())
}

/// Milliseconds since the Unix epoch, now (0 if the clock is before it).
pub fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_as_dates() {
        let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_763_900_000);
        assert_eq!(fmt_utc(t), "2025-11-23 12:13 UTC");
        assert_eq!(fmt_utc(std::time::UNIX_EPOCH), "1970-01-01 00:00 UTC");
        assert!((2025..2200).contains(&current_year()));
    }
}
