//! The activity page (`[web] listen`, BARENTS_WEB_LISTEN): what happens across the Barents
//! region, for anyone, in English, Norwegian and Russian. Served by `run` with the same HTTP
//! stack as Telegram's webhook (axum), read-only, from the anonymous counts alone.
//!
//! - `/` — the page: totals, the map, by month, by topic, each chart with a table beside it.
//!   The language is `?lang=` or else the browser's (`Accept-Language`); the period is
//!   `?from=YYYY-MM&to=YYYY-MM`, by default every month counted.
//! - `/stats.json` — the numbers, with counts of 1 or 2 left out (`null`).
//! - `/map.svg`, `/months.svg`, `/topics.svg` — the charts on their own.
//!
//! Plain HTML and inline SVG, no scripts and nothing fetched from elsewhere; every text is a
//! Fluent message and escaped.

use crate::core::activity::report::{Activity, Dimension, Measure, Period, key_label, shown};
use crate::core::activity::table::{self, Labels};
use crate::core::activity::chart::escape as esc;
use crate::core::activity::{Month, chart, map};
use crate::core::content::Content;
use crate::core::ids::MessageId;
use crate::core::locale::Locale;
use crate::runtime::{Runtime, Shutdown};
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::net::SocketAddr;
use tracing::info;

/// Serves the page on `listen` until shutdown.
pub async fn serve(runtime: Runtime, listen: SocketAddr, mut shutdown: Shutdown) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(listen).await.map_err(|e| anyhow::anyhow!("the activity page cannot listen on {listen}: {e}"))?;
    let app = axum::Router::new()
        .route("/", axum::routing::get(page))
        .route("/stats.json", axum::routing::get(numbers))
        .route("/map.svg", axum::routing::get(|s, q, h| svg(s, q, h, Chart::Map)))
        .route("/months.svg", axum::routing::get(|s, q, h| svg(s, q, h, Chart::Months)))
        .route("/topics.svg", axum::routing::get(|s, q, h| svg(s, q, h, Chart::Topics)))
        .fallback(not_found)
        .with_state(runtime);
    info!(%listen, "the activity page is served");
    axum::serve(listener, app).with_graceful_shutdown(async move { shutdown.wait().await }).await?;
    Ok(())
}

type Params = Query<HashMap<String, String>>;

/// What a request asks for: its language and period.
struct Asked {
    locale: Locale,
    period: Period,
}

fn asked(content: &Content, params: &HashMap<String, String>, headers: &HeaderMap) -> Asked {
    let chosen = params.get("lang").and_then(|l| Locale::from_hint(l));
    let browser = || headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(accept_language);
    let locale = chosen.or_else(browser).unwrap_or(content.settings.default_locale);
    let month = |k: &str| params.get(k).and_then(|m| Month::parse(m));
    Asked { locale, period: Period { from: month("from"), to: month("to") } }
}

/// The language the browser prefers most among ours: `nb-NO,nb;q=0.9,en;q=0.8` is Norwegian.
fn accept_language(header: &str) -> Option<Locale> {
    let mut ranked: Vec<(f32, usize, Locale)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut bits = part.split(';');
            let locale = Locale::from_hint(bits.next()?.trim())?;
            let q = bits.find_map(|b| b.trim().strip_prefix("q=")).and_then(|q| q.parse().ok()).unwrap_or(1.0);
            (q > 0.0).then_some((q, i, locale))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.first().map(|r| r.2)
}

/// The counts of the period, read off the async threads.
async fn activity(runtime: &Runtime, period: Period) -> Result<Activity, Response> {
    let store = runtime.store.clone();
    match tokio::task::spawn_blocking(move || store.tallies()).await {
        Ok(Ok(all)) => Ok(Activity::new(all, period)),
        Ok(Err(e)) => {
            tracing::error!(cause = %e, "the activity counts could not be read");
            Err(StatusCode::SERVICE_UNAVAILABLE.into_response())
        }
        Err(_) => Err(StatusCode::SERVICE_UNAVAILABLE.into_response()),
    }
}

fn with_type(body: String, kind: &'static str) -> Response {
    let mut r = body.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    // Counts change as people use the bot: a minute is fresh enough, and spares the store.
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=60"));
    r.headers_mut().insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    r.headers_mut().insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    r
}

async fn numbers(State(runtime): State<Runtime>, Query(params): Params, headers: HeaderMap) -> Response {
    let asked = asked(&runtime.content, &params, &headers);
    let activity = match activity(&runtime, asked.period).await {
        Ok(a) => a,
        Err(r) => return r,
    };
    let content = &runtime.content;
    let scheme_title = |id: &str| content.schemes.get(id).map(|s| s.title.clone());
    let labels = Labels { catalog: &content.catalog, locale: asked.locale, scheme_title: &scheme_title };
    let doc = table::json(&activity, &Dimension::ALL, &labels, false);
    with_type(format!("{doc:#}\n"), "application/json")
}

#[derive(Clone, Copy)]
enum Chart {
    Map,
    Months,
    Topics,
}

async fn svg(State(runtime): State<Runtime>, Query(params): Params, headers: HeaderMap, chart: Chart) -> Response {
    let asked = asked(&runtime.content, &params, &headers);
    match activity(&runtime, asked.period).await {
        Ok(a) => with_type(drawn(&runtime.content, &a, asked.locale, chart), "image/svg+xml; charset=utf-8"),
        Err(r) => r,
    }
}

fn drawn(content: &Content, activity: &Activity, locale: Locale, chart: Chart) -> String {
    let scheme_title = |id: &str| content.schemes.get(id).map(|s| s.title.clone());
    match chart {
        Chart::Map => map::svg(activity, &content.catalog, locale),
        Chart::Months => chart::months(activity, &content.catalog, locale),
        Chart::Topics => chart::bars(activity, Dimension::Topic, &content.catalog, locale, &scheme_title),
    }
}

async fn not_found(State(runtime): State<Runtime>, Query(params): Params, headers: HeaderMap) -> Response {
    let asked = asked(&runtime.content, &params, &headers);
    let mut args = fluent_bundle::FluentArgs::new();
    let page = runtime.content.settings.web_page.clone().unwrap_or_else(|| "/".to_owned());
    args.set("url", format!("{}/?lang={}", page.trim_end_matches('/'), asked.locale.code()));
    let text = runtime.content.catalog.format(asked.locale, &MessageId::new("stats-not-found"), Some(&args));
    (StatusCode::NOT_FOUND, text).into_response()
}

async fn page(State(runtime): State<Runtime>, Query(params): Params, headers: HeaderMap) -> Response {
    let asked = asked(&runtime.content, &params, &headers);
    match activity(&runtime, asked.period).await {
        Ok(a) => with_type(html(&runtime.content, &a, asked.locale), "text/html; charset=utf-8"),
        Err(r) => r,
    }
}

/// An SVG document to put inside the page: without an XML declaration.
fn inline(svg: &str) -> &str {
    match svg.find("<svg") {
        Some(i) => &svg[i..],
        None => svg,
    }
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.45}\
header,main{max-width:60rem;margin:0 auto;padding:0 1rem}header{padding-top:1rem}h1{font-size:1.6rem;margin:.5rem 0}\
nav a{margin-right:.8rem}.period{color:#444}figure{margin:1rem 0}figure svg{max-width:100%;height:auto;max-height:34rem}\
dl.totals{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.6rem}dl.totals div{border:1px solid #ccd;border-radius:.4rem;padding:.5rem}\
dt{font-size:.9rem;color:#333}dd{margin:0;font-size:1.5rem;font-weight:600}.table{overflow-x:auto}table{border-collapse:collapse;margin:.5rem 0 1.5rem}\
th,td{padding:.25rem .6rem;border-bottom:1px solid #ddd;text-align:right}td{white-space:nowrap}tfoot th,tfoot td{font-weight:600;border-top:2px solid #999}th:first-child,td:first-child{text-align:left}caption{text-align:left;font-weight:600;padding:.3rem 0}";

/// The whole page in `locale`.
pub fn html(content: &Content, activity: &Activity, locale: Locale) -> String {
    let t = |id: &str| esc(&content.catalog.format(locale, &MessageId::new(id), None));
    let scheme_title = |id: &str| content.schemes.get(id).map(|s| s.title.clone());
    let labels = Labels { catalog: &content.catalog, locale, scheme_title: &scheme_title };
    let mut h = String::with_capacity(64 * 1024);
    h.push_str(&format!(
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{STYLE}</style></head><body>\n",
        locale.code(),
        t("stats-title")
    ));
    h.push_str(&format!("<header><h1>{}</h1><p class=\"period\">{}</p>", t("stats-title"), esc(&labels.period(activity))));
    h.push_str(&format!("<nav aria-label=\"{}\">", t("stats-other-languages")));
    let query = |l: Locale| {
        let mut q = format!("?lang={}", l.code());
        for (k, m) in [("from", activity.period.from), ("to", activity.period.to)] {
            if let Some(m) = m {
                q.push_str(&format!("&amp;{k}={m}"));
            }
        }
        q
    };
    for l in Locale::ALL.into_iter().filter(|l| *l != locale) {
        let name = esc(&content.catalog.format(l, &MessageId::new(format!("language-name-{}", l.code())), None));
        h.push_str(&format!("<a href=\"{}\" hreflang=\"{}\" lang=\"{}\">{name}</a>", query(l), l.code(), l.code()));
    }
    h.push_str("</nav></header>\n<main>\n");
    h.push_str(&format!("<p>{}</p>\n", t("stats-intro")));
    if activity.is_empty() {
        h.push_str(&format!("<p><strong>{}</strong></p>\n", t("stats-nothing")));
    }
    // The totals.
    let total = activity.total();
    h.push_str(&format!("<section aria-labelledby=\"totals\"><h2 id=\"totals\">{}</h2><dl class=\"totals\">", t("stats-heading-totals")));
    for m in Measure::ACTIVITY.into_iter().chain([Measure::Fits, Measure::IntroductionsAccepted, Measure::Answered]) {
        h.push_str(&format!("<div><dt>{}</dt><dd data-measure=\"{}\">{}</dd></div>", t(m.label().as_str()), m.as_str(), esc(&shown(&content.catalog, locale, total.get(m)))));
    }
    h.push_str(&format!("</dl><p>{}</p></section>\n", t("stats-activity-means")));
    // Each chart with its table.
    // The map says itself how it was drawn; the page adds how a project is counted there.
    let sections = [
        ("map", "stats-heading-map", "stats-map-title", Dimension::Region, Chart::Map, Some("stats-region-means")),
        ("months", "stats-heading-months", "stats-months-title", Dimension::Month, Chart::Months, None),
        ("topics", "stats-heading-topics", "stats-topics-title", Dimension::Topic, Chart::Topics, Some("stats-topic-means")),
    ];
    for (id, heading, title, dim, chart, note) in sections {
        h.push_str(&format!("<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{}</h2>\n<figure>{}", t(heading), inline(&drawn(content, activity, locale, chart))));
        // What "activity" means is said once, under the totals; a chart says only its own.
        match note {
            Some(note) => h.push_str(&format!("<figcaption>{}</figcaption></figure>\n", t(note))),
            None => h.push_str("</figure>\n"),
        }
        h.push_str(&rows_table(content, activity, locale, dim, &t(title), &scheme_title));
        h.push_str("</section>\n");
    }
    h.push_str(&format!("<p><a href=\"stats.json{}\">{}</a></p>\n</main></body></html>\n", query(locale), t("stats-json-link")));
    h
}

/// The table beside a chart: a row per key, a column per measure of activity.
/// `caption`: already escaped.
fn rows_table(content: &Content, activity: &Activity, locale: Locale, dim: Dimension, caption: &str, scheme_title: &dyn Fn(&str) -> Option<MessageId>) -> String {
    let t = |id: &str| esc(&content.catalog.format(locale, &MessageId::new(id), None));
    let mut h = format!("<div class=\"table\"><table data-by=\"{}\"><caption>{caption}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>", dim.as_str(), t(&format!("stats-by-{}", dim.as_str())), t("stats-activity"));
    for m in Measure::ACTIVITY {
        h.push_str(&format!("<th scope=\"col\">{}</th>", t(m.label().as_str())));
    }
    h.push_str("</tr></thead><tbody>");
    for row in activity.active(dim) {
        let key = row.key.as_deref().unwrap_or("");
        h.push_str(&format!("<tr data-key=\"{}\"><th scope=\"row\">{}</th>", esc(key), esc(&key_label(&content.catalog, locale, dim, row.key.as_deref(), scheme_title))));
        h.push_str(&format!("<td data-measure=\"activity\">{}</td>", esc(&shown(&content.catalog, locale, row.counts.activity()))));
        for m in Measure::ACTIVITY {
            h.push_str(&format!("<td data-measure=\"{}\">{}</td>", m.as_str(), esc(&shown(&content.catalog, locale, row.counts.get(m)))));
        }
        h.push_str("</tr>");
    }
    // The total, each thing once (which the notes on regions and topics point to).
    let total = activity.total();
    h.push_str(&format!("</tbody><tfoot><tr><th scope=\"row\">{}</th><td data-measure=\"activity\">{}</td>", t("stats-total"), esc(&shown(&content.catalog, locale, total.activity()))));
    for m in Measure::ACTIVITY {
        h.push_str(&format!("<td data-measure=\"{}\">{}</td>", m.as_str(), esc(&shown(&content.catalog, locale, total.get(m)))));
    }
    h.push_str("</tr></tfoot></table></div>\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_language_is_the_one_it_prefers_most_among_ours() {
        assert_eq!(accept_language("nb-NO,nb;q=0.9,en;q=0.8"), Some(Locale::Nb));
        assert_eq!(accept_language("de-DE,de;q=0.9,ru;q=0.5,en;q=0.4"), Some(Locale::Ru));
        assert_eq!(accept_language("en;q=0.3, ru"), Some(Locale::Ru));
        assert_eq!(accept_language("fr, de"), None);
        assert_eq!(accept_language("nn;q=0"), None);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(esc("<a href=\"x\">&"), "&lt;a href=&quot;x&quot;&gt;&amp;");
    }
}
