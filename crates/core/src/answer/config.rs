//! `!config [KEY [VALUE]]`: a room's settings in force, one setting with its values, or a
//! change for the shell to store (after checking who asked).

use super::{Action, Context};
use crate::render::{text, Builder, Line, Reply};
use crate::rooms::KEYS;

pub(super) fn config(key: Option<&str>, value: Option<&str>, ctx: &Context) -> Action {
    let Some(key) = key else {
        return Action::Reply(overview(ctx));
    };
    let Some(k) = KEYS.iter().find(|k| k.name == key) else {
        let mut probe = ctx.room_settings.clone();
        let problem = probe.set(key, "").unwrap_err();
        return Action::Reply(Reply::text(&text::config_problem(
            &text::setting_problem(&problem),
            &ctx.prefix,
        )));
    };
    let Some(value) = value else {
        return Action::Reply(Reply::text(&text::config_one(
            k.name,
            &ctx.in_force.shown(k.name),
            ctx.room_settings.is_set(k.name),
            k.values,
            &ctx.prefix,
        )));
    };
    let mut settings = ctx.room_settings.clone();
    match settings.set(k.name, value) {
        Ok(shown) => Action::SaveRoomSettings {
            settings,
            reply: Reply::text(&text::config_saved(k.name, &shown)),
        },
        Err(problem) => Action::Reply(Reply::text(&text::config_problem(
            &text::setting_problem(&problem),
            &ctx.prefix,
        ))),
    }
}

fn overview(ctx: &Context) -> Reply {
    let mut b = Builder::default();
    b.para(|p| {
        p.bold(&text::config_heading());
    });
    let items: Vec<Line> = KEYS
        .iter()
        .map(|k| {
            let mut l = Line::default();
            l.code(k.name).text(": ").text(&ctx.in_force.shown(k.name));
            if !ctx.room_settings.is_set(k.name) {
                l.italic(&text::config_default());
            }
            l
        })
        .collect();
    b.list(None, items);
    b.para(|p| {
        p.text(&text::config_how(&ctx.prefix));
    });
    b.finish()
}
