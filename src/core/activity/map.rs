//! The map of the Barents region as SVG, shaded by activity and labelled in the reader's language.
//!
//! It is a schematic tile map, not a drawing of borders: every county and region of the four
//! countries that the journeys ask about is one equal tile, placed by hand on a grid roughly
//! where it lies — columns west to east, rows north to south — so that neighbours stay
//! neighbours, but nothing is to scale (Nenets is as big as Kainuu). A tile carries its region's
//! name (wrapped to fit), its count, a fill in one of five classes (none, fewer than 3, 3–9,
//! 10–49, 50 or more; light grey, then light to dark blue, white text on the two darkest) and a
//! band along its top in its country's colour, which a key names. The regions without a tile —
//! elsewhere in a country, abroad — are summed in one dashed box beside the map. The empty
//! cells of the grid hold the keys.

use super::chart::{INK, MUTED, escape, num, open, text, text_at, wrap};
use super::report::{Activity, Dimension, FEWER_THAN, key_label, shown};
use super::tiles::{TILES, Tile};
use crate::core::i18n::Catalog;
use crate::core::locale::Locale;
use crate::core::numbers::format_number;
use std::fmt::Write;

/// A tile's size, the gap between tiles and the grid's columns and rows, in SVG units.
const TILE_W: f64 = 150.0;
const TILE_H: f64 = 90.0;
const GAP: f64 = 8.0;
const COLS: u8 = 6;
const ROWS: u8 = 4;
/// The margin, and where the grid begins under the title.
const MARGIN: f64 = 16.0;
const TOP: f64 = 48.0;
/// The country's band along the top of a tile, and the tile's rounded corners.
const BAND: f64 = 8.0;
const CORNER: f64 = 6.0;
/// The size of a region's name and of its count.
const NAME: f64 = 13.0;
const COUNT: f64 = 15.0;

/// The five shading classes — none, fewer than 3, 3–9, 10–49, 50 or more — as fill and text
/// colour; the text reads at 4.5:1 or better on each.
const CLASSES: [(&str, &str); 5] = [("#eeeeee", INK), ("#deebf7", INK), ("#9ecae1", INK), ("#2171b5", "#ffffff"), ("#08306b", "#ffffff")];
/// Where the fourth and fifth classes begin (the third begins at [`FEWER_THAN`]).
const TENS: u64 = 10;
const FIFTIES: u64 = 50;

/// The colour of each country's band (its name is the message `country-<id>`).
const COUNTRIES: [(&str, &str); 4] = [("norway", "#c8102e"), ("sweden", "#e0a100"), ("finland", "#2e8540"), ("russia", "#7b3294")];

/// The class a count is shaded in (an index into [`CLASSES`]).
fn class(n: u64) -> usize {
    match n {
        0 => 0,
        n if n < FEWER_THAN => 1,
        n if n < TENS => 2,
        n if n < FIFTIES => 3,
        _ => 4,
    }
}

/// The top left corner of a grid cell.
fn cell(col: u8, row: u8) -> (f64, f64) {
    (MARGIN + f64::from(col) * (TILE_W + GAP), TOP + f64::from(row) * (TILE_H + GAP))
}

/// The map as a standalone SVG document: a tile per region of [`TILES`], the regions without
/// a tile summed beside them, keys to the shading and the countries, and a note that the map
/// is schematic.
pub fn svg(activity: &Activity, catalog: &Catalog, locale: Locale) -> String {
    let rows = activity.by(Dimension::Region);
    let count = |region: &str| rows.iter().find(|r| r.key.as_deref() == Some(region)).map_or(0, |r| r.counts.activity());
    let elsewhere: u64 = rows.iter().filter(|r| r.key.as_deref().is_some_and(|k| TILES.iter().all(|t| t.region != k))).map(|r| r.counts.activity()).sum();
    let note = text(catalog, locale, "stats-map-note");
    let w = 2.0 * MARGIN + f64::from(COLS) * (TILE_W + GAP) - GAP;
    let grid_bottom = cell(0, ROWS).1 - GAP;
    let note_lines = wrap(&note, w - 2.0 * MARGIN, 12.0);
    let h = grid_bottom + 12.0 + 16.0 * note_lines.len() as f64;
    let desc = format!("{note} {}", text(catalog, locale, "stats-activity-means"));
    let mut s = open("barents-map", w, h, &text(catalog, locale, "stats-map-title"), &desc);
    for t in &TILES {
        draw_tile(&mut s, t, count(t.region), catalog, locale);
    }
    // The countries' key west of Västerbotten, the shading's south of it.
    let (x, y) = cell(0, 2);
    for (i, (id, colour)) in COUNTRIES.iter().enumerate() {
        let y = y + 4.0 + 21.0 * i as f64;
        let _ = writeln!(s, "<rect x=\"{}\" y=\"{}\" width=\"16\" height=\"14\" rx=\"2\" fill=\"{colour}\"/>", num(x), num(y));
        text_at(&mut s, x + 24.0, y + 12.0, "font-size=\"13\"", &text(catalog, locale, &format!("country-{id}")));
    }
    let (x, y) = cell(0, 3);
    text_at(&mut s, x, y + 14.0, "font-size=\"13\" font-weight=\"bold\"", &text(catalog, locale, "stats-map-legend"));
    let n = |n: u64| format_number(n as i64, locale);
    let labels = [
        text(catalog, locale, "stats-map-none"),
        shown(catalog, locale, 1),
        format!("{}–{}", n(FEWER_THAN), n(TENS - 1)),
        format!("{}–{}", n(TENS), n(FIFTIES - 1)),
        format!("{}+", n(FIFTIES)),
    ];
    for (i, (label, (fill, _))) in labels.iter().zip(CLASSES).enumerate() {
        let x = x + 92.0 * i as f64;
        let _ = writeln!(s, "<rect x=\"{}\" y=\"{}\" width=\"84\" height=\"20\" fill=\"{fill}\" stroke=\"{MUTED}\" stroke-width=\"0.5\"/>", num(x), num(y + 24.0));
        for (j, line) in wrap(label, 90.0, 12.0).iter().enumerate() {
            text_at(&mut s, x + 42.0, y + 60.0 + 14.0 * j as f64, "font-size=\"12\" text-anchor=\"middle\"", line);
        }
    }
    // The regions without a tile, in the empty south-east.
    let (x, y) = cell(COLS - 2, ROWS - 1);
    let (fill, ink) = CLASSES[class(elsewhere)];
    let label = format!("{}: {}", text(catalog, locale, "stats-elsewhere"), shown(catalog, locale, elsewhere));
    let _ = writeln!(s, "<g class=\"elsewhere\"><title>{}</title>", escape(&label));
    let _ = writeln!(
        s,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{CORNER}\" fill=\"{fill}\" stroke=\"{MUTED}\" stroke-dasharray=\"6 4\"/>",
        num(x),
        num(y),
        num(2.0 * TILE_W + GAP),
        num(TILE_H)
    );
    text_at(&mut s, x + TILE_W + GAP / 2.0, y + TILE_H / 2.0 + 5.0, &format!("font-size=\"{COUNT}\" text-anchor=\"middle\" fill=\"{ink}\""), &label);
    s.push_str("</g>\n");
    if activity.is_empty() {
        let (x, y) = cell(COLS - 2, ROWS - 2);
        for (i, line) in wrap(&text(catalog, locale, "stats-nothing"), 2.0 * TILE_W, 14.0).iter().enumerate() {
            text_at(&mut s, x + TILE_W + GAP / 2.0, y + 40.0 + 18.0 * i as f64, "font-size=\"14\" text-anchor=\"middle\"", line);
        }
    }
    for (i, line) in note_lines.iter().enumerate() {
        text_at(&mut s, MARGIN, grid_bottom + 16.0 * (i + 1) as f64, &format!("font-size=\"12\" fill=\"{MUTED}\""), line);
    }
    s + "</svg>\n"
}

/// One region's tile: its fill, its country's band, its name wrapped to fit and its count.
fn draw_tile(s: &mut String, t: &Tile, n: u64, catalog: &Catalog, locale: Locale) {
    let name = key_label(catalog, locale, Dimension::Region, Some(t.region), &|_| None);
    let value = shown(catalog, locale, n);
    let (fill, ink) = CLASSES[class(n)];
    let band = COUNTRIES.iter().find(|c| c.0 == t.country).map_or(MUTED, |c| c.1);
    let (x, y) = cell(t.col, t.row);
    let lines = wrap(&name, TILE_W - 16.0, NAME);
    // The name and the count, centred under the band.
    let block = 15.0 * lines.len() as f64 + 21.0;
    let top = y + BAND + (TILE_H - BAND - block) / 2.0;
    let _ = writeln!(s, "<g class=\"tile\"><title>{}: {}</title>", escape(&name), escape(&value));
    let _ = writeln!(
        s,
        "<rect x=\"{}\" y=\"{}\" width=\"{TILE_W}\" height=\"{TILE_H}\" rx=\"{CORNER}\" fill=\"{fill}\" stroke=\"#8c8c8c\"/>",
        num(x),
        num(y)
    );
    let _ = writeln!(
        s,
        "<path d=\"M{},{} V{} A{CORNER},{CORNER} 0 0 1 {},{} H{} A{CORNER},{CORNER} 0 0 1 {},{} V{} Z\" fill=\"{band}\"/>",
        num(x),
        num(y + BAND),
        num(y + CORNER),
        num(x + CORNER),
        num(y),
        num(x + TILE_W - CORNER),
        num(x + TILE_W),
        num(y + CORNER),
        num(y + BAND)
    );
    let cx = x + TILE_W / 2.0;
    for (i, line) in lines.iter().enumerate() {
        text_at(s, cx, top + 12.0 + 15.0 * i as f64, &format!("font-size=\"{NAME}\" text-anchor=\"middle\" fill=\"{ink}\""), line);
    }
    let y = top + 15.0 * lines.len() as f64 + 18.0;
    text_at(s, cx, y, &format!("font-size=\"{COUNT}\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"{ink}\""), &value);
    s.push_str("</g>\n");
}

#[cfg(test)]
mod tests {
    use super::super::chart::tests::{activity, assert_well_formed, catalog, checks, titles};
    use super::super::chart::width;
    use super::*;

    fn tile_titles(svg: &str) -> Vec<&str> {
        titles(svg).into_iter().take(TILES.len()).collect()
    }

    #[test]
    fn fourteen_tiles_named_in_norwegian_with_their_counts() {
        let a = activity(vec![
            checks(12, "2026-01", &["finnmark", "murmansk"], &[]),
            checks(2, "2026-02", &["kainuu"], &[]),
            checks(60, "2026-03", &["nordland"], &[]),
            checks(1, "2026-03", &["norway-other"], &[]),
            checks(4, "2026-03", &["abroad", "sweden-other"], &[]),
            checks(7, "2026-03", &[], &[]),
        ]);
        let svg = svg(&a, &catalog(), Locale::Nb);
        assert_well_formed(&svg);
        assert_eq!(svg.matches("<g class=\"tile\">").count(), 14);
        let titles = tile_titles(&svg);
        for expected in ["Finnmark: 12", "Murmansk oblast: 12", "Nordland: 60", "Troms: 0", "Kajanaland: færre enn\u{a0}3", "Lappland: 0"] {
            assert!(titles.contains(&expected), "{expected} in {titles:?}");
        }
        assert!(!titles.iter().any(|t| t.ends_with(": 2")), "a few never shows itself");
        assert!(svg.contains("<title>Utenfor disse regionene: 9</title>"), "norway-other, abroad and sweden-other, not the 7 with no region");
        let tile_of = |name: &str| svg.split("<g class=\"tile\">").find(|g| g.starts_with(&format!("<title>{name}:"))).unwrap().to_owned();
        assert!(tile_of("Nordland").contains(&format!("fill=\"{}\"", CLASSES[4].0)), "the darkest class for 50 or more");
        assert!(tile_of("Finnmark").contains(&format!("fill=\"{}\"", CLASSES[3].0)) && tile_of("Finnmark").contains(">12</text>"));
        assert!(tile_of("Kajanaland").contains(">færre enn\u{a0}3</text>") && !tile_of("Kajanaland").contains(">2<"));
        assert!(tile_of("Troms").contains(&format!("fill=\"{}\"", CLASSES[0].0)));
        for country in ["Norge", "Sverige", "Finland", "Russland"] {
            assert!(svg.contains(&format!(">{country}</text>")), "{country} in the key");
        }
        for class in ["ingen", "færre enn\u{a0}3", "3–9", "10–49", "50+"] {
            assert!(svg.contains(&format!(">{class}</text>")), "{class} in the key");
        }
        assert_eq!(svg, super::svg(&a, &catalog(), Locale::Nb), "the same bytes");
    }

    #[test]
    fn long_russian_names_are_wrapped_to_fit_their_tiles() {
        let svg = svg(&activity(vec![checks(3, "2026-01", &["nenets"], &[])]), &catalog(), Locale::Ru);
        assert_well_formed(&svg);
        assert!(tile_titles(&svg).contains(&"Ненецкий автономный округ: 3"));
        assert!(!svg.contains(">Ненецкий автономный округ</text>"), "wrapped");
        for g in svg.split("<g class=\"tile\">").skip(1).filter_map(|g| g.split("</g>").next()) {
            let lines: Vec<&str> = g.split("</text>").filter(|t| t.contains("<text")).filter_map(|t| t.rsplit_once('>').map(|(_, line)| line)).collect();
            assert!((2..=4).contains(&lines.len()), "{g}");
            for line in lines {
                assert!(width(line, NAME) <= TILE_W - 16.0 && line.chars().count() <= 18, "{line:?} is too long for a tile");
            }
        }
    }

    #[test]
    fn every_shade_keeps_its_text_readable() {
        fn luminance(hex: &str) -> f64 {
            let c = |i: usize| {
                let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
                if v <= 0.040_45 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
            };
            0.2126 * c(1) + 0.7152 * c(3) + 0.0722 * c(5)
        }
        for (fill, ink) in CLASSES {
            let (a, b) = (luminance(fill), luminance(ink));
            assert!((a.max(b) + 0.05) / (a.min(b) + 0.05) >= 4.5, "{ink} on {fill}");
        }
        assert_eq!([0, 1, 2, 3, 9, 10, 49, 50, 5000].map(class), [0, 1, 1, 2, 2, 3, 3, 4, 4]);
    }

    #[test]
    fn the_tiles_fill_a_grid_without_overlapping() {
        for (i, t) in TILES.iter().enumerate() {
            assert!(t.col < COLS && t.row < ROWS && COUNTRIES.iter().any(|c| c.0 == t.country), "{t:?}");
            assert!(TILES[..i].iter().all(|u| (u.col, u.row) != (t.col, t.row)), "{t:?} overlaps");
        }
    }

    #[test]
    fn an_empty_map_says_nothing_was_counted() {
        let svg = svg(&activity(vec![]), &catalog(), Locale::En);
        assert_well_formed(&svg);
        assert!(svg.contains(">No activity has been recorded"), "{svg}");
        assert!(tile_titles(&svg).iter().all(|t| t.ends_with(": 0")));
    }
}
