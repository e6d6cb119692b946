//! `barents-bot stats`: the anonymous activity counts for the Secretariat, as a table for the
//! terminal, CSV and JSON for spreadsheets, or an SVG chart or map. The JSON here is exact
//! (for the advisers); everything else says "fewer than 3" for a count of 1 or 2.

use super::{CliError, Usage};
use crate::core::activity::report::{Activity, Dimension, Period};
use crate::core::activity::table::{self, Labels};
use crate::core::activity::{Month, chart, map};
use crate::core::content::Content;
use crate::core::locale::Locale;
use crate::store::Store;
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize, serde::Deserialize)]
pub enum StatsFormat {
    Table,
    Csv,
    Json,
    Svg,
}

#[derive(Debug, clap::Args, serde::Serialize, serde::Deserialize)]
pub struct StatsArgs {
    /// The first month counted, YYYY-MM [default: the first with any activity]
    #[arg(long, value_parser = month)]
    pub from: Option<String>,
    /// The last month counted, YYYY-MM [default: the last with any activity]
    #[arg(long, value_parser = month)]
    pub to: Option<String>,
    /// What to sum by: region, topic, month, scheme, platform or language [default: region and
    /// month; JSON: everything; SVG: month]
    #[arg(long, value_parser = dimension)]
    pub by: Option<Dimension>,
    /// table (terminal), csv, json (exact counts, for advisers), svg (a chart)
    #[arg(long, value_enum)]
    pub format: Option<StatsFormat>,
    /// The map of the Barents region, shaded by activity (SVG)
    #[arg(long)]
    pub map: bool,
}

fn dimension(s: &str) -> Result<Dimension, String> {
    let names: Vec<&str> = Dimension::ALL.iter().map(|d| d.as_str()).collect();
    Dimension::parse(s).ok_or_else(|| format!("`{s}` is not one of {}", names.join(", ")))
}

fn month(s: &str) -> Result<String, String> {
    Month::parse(s).map(|m| m.to_string()).ok_or_else(|| format!("`{s}` is not a month written YYYY-MM, e.g. 2026-01"))
}

/// Runs `stats` over `store`, writing in `lang` (else the advisers' language).
pub fn stats(args: StatsArgs, store: &dyn Store, content: &Content, lang: Option<Locale>, out: &mut impl Write) -> Result<(), CliError> {
    let period = Period { from: args.from.as_deref().and_then(Month::parse), to: args.to.as_deref().and_then(Month::parse) };
    if let (Some(from), Some(to)) = (period.from, period.to)
        && from > to
    {
        return Err(CliError::Usage(Usage::PeriodBackwards));
    }
    let format = match (args.map, args.format) {
        (true, None | Some(StatsFormat::Svg)) => StatsFormat::Svg,
        (true, Some(_)) => return Err(CliError::Usage(Usage::MapIsSvg)),
        (false, f) => f.unwrap_or(StatsFormat::Table),
    };
    let activity = Activity::new(store.tallies()?, period);
    let locale = super::language(content, lang);
    let scheme_title = |id: &str| content.schemes.get(id).map(|s| s.title.clone());
    let labels = Labels { catalog: &content.catalog, locale, scheme_title: &scheme_title };
    let dims: Vec<Dimension> = match (args.by, format) {
        (Some(by), _) => vec![by],
        (None, StatsFormat::Json) => Dimension::ALL.to_vec(),
        (None, _) => vec![Dimension::Region, Dimension::Month],
    };
    let text = match format {
        StatsFormat::Table => table::table(&activity, &dims, &labels),
        StatsFormat::Csv => table::csv(&activity, &dims, &labels),
        StatsFormat::Json => format!("{:#}\n", table::json(&activity, &dims, &labels, true)),
        StatsFormat::Svg if args.map => map::svg(&activity, &content.catalog, locale),
        StatsFormat::Svg => match args.by {
            None | Some(Dimension::Month) => chart::months(&activity, &content.catalog, locale),
            Some(dim) => chart::bars(&activity, dim, &content.catalog, locale, &scheme_title),
        },
    };
    out.write_all(text.as_bytes())?;
    Ok(())
}
