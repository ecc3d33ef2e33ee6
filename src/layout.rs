//! Layout: from a [`Document`] to pages of positioned glyphs.
//!
//! printpdf neither shapes Arabic nor reorders right-to-left text (DESIGN.md),
//! so this stage does the typesetting itself, the way typst does: each
//! paragraph is split into runs of one font and one bidi level, each run is
//! shaped with rustybuzz, lines are broken at the opportunities of the Unicode
//! line-breaking algorithm (so Chinese breaks between characters, and a word
//! longer than a line is cut between characters), and each line is reordered
//! visually with the Unicode bidi algorithm. Pages come out format-neutral:
//! glyph ids with positions and the logical text they stand for, so the PDF
//! stage can write `/ActualText` and copy-and-search gives back what the
//! officer typed, Arabic ligatures included.
//!
//! Fonts are compiled into the binary (`fonts/`, OFL and Apache-2.0), so a
//! build never depends on the machine's fonts and the portable copy carries
//! them.

use std::ops::Range;
use std::sync::OnceLock;

use rustybuzz::{Direction, Face, UnicodeBuffer};
use serde::Serialize;
use unicode_bidi::{Level, ParagraphBidiInfo};
use unicode_linebreak::{linebreaks, BreakOpportunity};

use crate::document::{Block, Document, Style};

/// One shipped font.
pub struct FontFace {
    /// PostScript-like name used in the PDF.
    pub name: &'static str,
    pub data: &'static [u8],
    pub face: Face<'static>,
    pub units_per_em: f32,
    pub ascender: f32,
    pub descender: f32,
}

/// The shipped fonts, in the order the layout prefers them.
pub struct Fonts {
    pub faces: Vec<FontFace>,
    /// Which fonts have a glyph for each of the first code points (bit f for
    /// font f): looking it up in the cmap for every character is measurable.
    common: Vec<u8>,
}

const COMMON_CHARS: u32 = 0x2000;

pub const SERIF: usize = 0;
pub const SERIF_BOLD: usize = 1;
pub const NASKH: usize = 2;
pub const NASKH_BOLD: usize = 3;
pub const CJK: usize = 4;

const SHIPPED: &[(&str, &[u8])] = &[
    (
        "NotoSerif-Regular",
        include_bytes!("../fonts/NotoSerif-Regular.ttf"),
    ),
    (
        "NotoSerif-Bold",
        include_bytes!("../fonts/NotoSerif-Bold.ttf"),
    ),
    (
        "NotoNaskhArabic-Regular",
        include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf"),
    ),
    (
        "NotoNaskhArabic-Bold",
        include_bytes!("../fonts/NotoNaskhArabic-Bold.ttf"),
    ),
    (
        "DroidSansFallback",
        include_bytes!("../fonts/DroidSansFallback-GB2312.ttf"),
    ),
];

impl Fonts {
    /// The fonts built into the program, parsed once.
    pub fn builtin() -> &'static Fonts {
        static FONTS: OnceLock<Fonts> = OnceLock::new();
        FONTS.get_or_init(|| {
            let faces: Vec<FontFace> = SHIPPED
                .iter()
                .map(|(name, data)| {
                    let face = Face::from_slice(data, 0).expect("shipped fonts parse");
                    FontFace {
                        name,
                        data,
                        units_per_em: face.units_per_em() as f32,
                        ascender: face.ascender() as f32,
                        descender: face.descender() as f32,
                        face,
                    }
                })
                .collect();
            let common = (0..COMMON_CHARS)
                .map(|cp| {
                    char::from_u32(cp).map_or(0, |c| {
                        faces
                            .iter()
                            .enumerate()
                            .filter(|(_, f)| f.face.glyph_index(c).is_some())
                            .fold(0u8, |bits, (i, _)| bits | 1 << i)
                    })
                })
                .collect();
            Fonts { faces, common }
        })
    }

    fn covers(&self, font: usize, c: char) -> bool {
        match self.common.get(c as usize) {
            Some(bits) => bits & (1 << font) != 0,
            None => self.faces[font].face.glyph_index(c).is_some(),
        }
    }

    /// The font for a character: the script's own font where there is one,
    /// otherwise the previous run's font when it has the character (so
    /// spaces and digits do not split an Arabic or Chinese run), otherwise
    /// the first font that has it.
    fn pick(&self, c: char, bold: bool, previous: Option<usize>) -> usize {
        if is_arabic(c) {
            return if bold { NASKH_BOLD } else { NASKH };
        }
        if is_cjk(c) {
            return CJK;
        }
        if let Some(p) = previous {
            if (c.is_whitespace() || is_neutral(c) || c.is_ascii_digit()) && self.covers(p, c) {
                return p;
            }
        }
        let latin = if bold { SERIF_BOLD } else { SERIF };
        [latin, NASKH, CJK]
            .into_iter()
            .find(|&f| self.covers(f, c))
            .unwrap_or(latin)
    }

    /// Characters of `text` no shipped font can draw.
    pub fn missing(&self, text: &str) -> Vec<char> {
        let mut out: Vec<char> = text
            .chars()
            .filter(|c| !c.is_control() && !is_invisible(*c))
            .filter(|&c| !(0..self.faces.len()).any(|f| self.covers(f, c)))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x2FDF | 0x3000..=0x303F | 0x3040..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x2FFFF)
}

fn is_neutral(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '«' | '»' | '“' | '”' | '–' | '—' | '…' | '\u{00A0}' | '\u{202F}'
        )
}

/// Whether a break at byte `e` would split an identifier: the text before
/// ends with a hyphen or slash preceded by a letter or digit, and a letter or
/// digit follows.
fn inside_identifier(p: &str, e: usize) -> bool {
    let mut before = p[..e].chars().rev();
    let joiner = before.next().is_some_and(|c| c == '-' || c == '/');
    let left = before.next().is_some_and(char::is_alphanumeric);
    let right = p[e..].chars().next().is_some_and(char::is_alphanumeric);
    joiner && left && right
}

/// Format characters that take no space: bidi marks and isolates, joiners.
fn is_invisible(c: char) -> bool {
    matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFEFF)
}

/// Page geometry in points.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PageSetup {
    pub width: f32,
    pub height: f32,
    pub margin_top: f32,
    pub margin_bottom: f32,
    pub margin_inline: f32,
    pub font_size: f32,
}

impl Default for PageSetup {
    /// A4 with 2 cm margins and 10.5 pt text.
    fn default() -> Self {
        PageSetup {
            width: 595.28,
            height: 841.89,
            margin_top: 70.0,
            margin_bottom: 70.0,
            margin_inline: 62.0,
            font_size: 10.5,
        }
    }
}

/// One glyph, positioned relative to the start of its run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Glyph {
    pub id: u16,
    /// Horizontal advance in points.
    pub advance: f32,
    pub dx: f32,
    pub dy: f32,
    /// The byte range of the glyph's cluster in its run's `text`; the PDF
    /// stage works out from it which characters each glyph stands for, once
    /// per glyph id ([`cluster_chars`]).
    pub cluster: (u32, u32),
}

/// Glyphs of one font at one size on one baseline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GlyphRun {
    pub font: usize,
    pub size: f32,
    /// Left end of the run and its baseline, in points from the page's top-left.
    pub x: f32,
    pub y: f32,
    pub glyphs: Vec<Glyph>,
    /// The run's text in logical order, for `/ActualText`.
    pub text: String,
    /// 0 black .. 1 white.
    pub gray: f32,
    /// Rotation in degrees (the watermark), counter-clockwise.
    pub angle: f32,
    /// Right-to-left run (odd bidi level): its glyphs are in visual order.
    pub rtl: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Item {
    Text(GlyphRun),
    /// A straight line (table rules).
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
    },
    /// The letterhead logo ([`Pages::logo`]): top-left corner and size.
    Logo {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Page {
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pages {
    pub setup: PageSetup,
    pub pages: Vec<Page>,
    pub logo: Option<crate::document::Logo>,
}

impl Pages {
    /// Every glyph run, page by page, for the PDF writer and tests.
    pub fn runs(&self) -> impl Iterator<Item = &GlyphRun> {
        self.pages.iter().flat_map(|p| {
            p.items.iter().filter_map(|i| match i {
                Item::Text(r) => Some(r),
                Item::Line { .. } | Item::Logo { .. } => None,
            })
        })
    }
}

/// A shaped line: runs in visual order, x relative to the line start.
#[derive(Debug, Clone)]
struct Line {
    runs: Vec<GlyphRun>,
    width: f32,
    /// The direction of the paragraph the line belongs to.
    rtl: bool,
}

#[derive(Debug, Clone, Copy)]
enum Align {
    Start,
    End,
    Center,
}

#[derive(Debug, Clone, Copy)]
struct TextStyle {
    size: f32,
    bold: bool,
    align: Align,
    gray: f32,
}

struct Shaped {
    range: Range<usize>,
    font: usize,
    level: Level,
    /// (glyph id, advance, dx, dy, cluster byte index in the paragraph), in
    /// the order rustybuzz outputs them (visual order within the run), so
    /// clusters ascend in a left-to-right run and descend in a right-to-left one.
    glyphs: Vec<(u16, f32, f32, f32, usize)>,
    /// Cluster starts, ascending.
    starts: Vec<usize>,
}

impl Shaped {
    /// The glyphs whose clusters start inside `sub`, as an index range.
    fn glyph_span(&self, sub: &Range<usize>) -> Range<usize> {
        if self.level.is_rtl() {
            let lo = self.glyphs.partition_point(|g| g.4 >= sub.end);
            let hi = self.glyphs.partition_point(|g| g.4 >= sub.start);
            lo..hi
        } else {
            let lo = self.glyphs.partition_point(|g| g.4 < sub.start);
            let hi = self.glyphs.partition_point(|g| g.4 < sub.end);
            lo..hi
        }
    }

    /// Where the cluster starting at `c` ends.
    fn cluster_end(&self, c: usize) -> usize {
        let i = self.starts.partition_point(|&s| s <= c);
        self.starts.get(i).copied().unwrap_or(self.range.end)
    }
}

/// The characters each glyph of a cluster stands for, for the PDF's
/// ToUnicode map, which gives each glyph id one string for the whole file.
/// So a base letter must stand for the letter only and a vowel mark for the
/// mark, or a letter drawn with a shadda in one word would carry the shadda
/// into every other word. A glyph the font maps directly from one of the
/// characters gets it; the rest are shared by kind (mark glyphs, per the
/// font's GDEF classes, take the combining marks; other glyphs the letters)
/// in logical order, and a single glyph left for several characters (a
/// ligature, a composed mark) gets all of them.
pub fn cluster_chars(face: &Face, ids: &[u16], text: &str, rtl: bool) -> Vec<String> {
    if ids.len() == 1 {
        return vec![text.to_string()];
    }
    let chars: Vec<char> = text.chars().collect();
    let mut taken = vec![false; chars.len()];
    let mut out: Vec<Option<String>> = vec![None; ids.len()];
    for (k, id) in ids.iter().enumerate() {
        let direct = (0..chars.len())
            .find(|&ci| !taken[ci] && face.glyph_index(chars[ci]).map(|g| g.0) == Some(*id));
        if let Some(ci) = direct {
            taken[ci] = true;
            out[k] = Some(chars[ci].to_string());
        }
    }
    let mut order: Vec<usize> = (0..ids.len()).filter(|&k| out[k].is_none()).collect();
    if rtl {
        order.reverse();
    }
    use rustybuzz::ttf_parser::{gdef::GlyphClass, GlyphId};
    let gdef = face.tables().gdef;
    let is_mark_glyph =
        |k: usize| gdef.and_then(|t| t.glyph_class(GlyphId(ids[k]))) == Some(GlyphClass::Mark);
    let mark_glyphs: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&k| is_mark_glyph(k))
        .collect();
    let base_glyphs: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&k| !is_mark_glyph(k))
        .collect();
    let rest = |mark: bool| -> Vec<char> {
        (0..chars.len())
            .filter(|&ci| !taken[ci] && is_combining(chars[ci]) == mark)
            .map(|ci| chars[ci])
            .collect()
    };
    let (marks, letters) = (rest(true), rest(false));
    let share = |glyphs: &[usize], chars: Vec<char>, out: &mut Vec<Option<String>>| {
        if glyphs.len() == chars.len() {
            for (k, ch) in glyphs.iter().zip(chars) {
                out[*k] = Some(ch.to_string());
            }
        } else if let Some(&first) = glyphs.first() {
            out[first] = Some(chars.into_iter().collect());
        }
    };
    match (mark_glyphs.is_empty(), base_glyphs.is_empty()) {
        (false, false) => {
            share(&mark_glyphs, marks, &mut out);
            share(&base_glyphs, letters, &mut out);
        }
        _ => {
            let all: Vec<char> = letters.into_iter().chain(marks).collect();
            share(&order, all, &mut out);
        }
    }
    out.into_iter().map(Option::unwrap_or_default).collect()
}

/// Combining marks: Arabic harakat and Qur'anic marks, and the general
/// combining diacritics.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x06E7..=0x06E8 | 0x06EA..=0x06ED | 0x08D3..=0x08FF)
}

/// The bidi levels of a paragraph. Most paragraphs of most requests hold no
/// right-to-left character; they skip the bidi algorithm, which is a
/// measurable part of the layout.
enum Bidi<'t> {
    Ltr,
    Full(ParagraphBidiInfo<'t>),
}

impl<'t> Bidi<'t> {
    /// An Arabic document sets every paragraph right to left, even one that
    /// opens with a Latin name; elsewhere a paragraph takes the direction of
    /// its first strong character, so a quoted Arabic paragraph in an English
    /// request still reads right to left.
    fn new(p: &'t str, rtl_document: bool) -> Self {
        let has_rtl = p.chars().any(|c| {
            matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF | 0x200F | 0x202B | 0x202E | 0x2067)
        });
        if !rtl_document && !has_rtl {
            return Bidi::Ltr;
        }
        let base = if rtl_document {
            Some(Level::rtl())
        } else {
            None
        };
        Bidi::Full(ParagraphBidiInfo::new(p, base))
    }

    fn paragraph_rtl(&self) -> bool {
        match self {
            Bidi::Ltr => false,
            Bidi::Full(b) => b.paragraph_level.is_rtl(),
        }
    }

    fn level(&self, i: usize) -> Level {
        match self {
            Bidi::Ltr => Level::ltr(),
            Bidi::Full(b) => b.levels[i],
        }
    }

    /// The line's runs in visual order, each with its direction.
    fn visual_runs(&self, line: Range<usize>) -> Vec<(Range<usize>, bool)> {
        match self {
            Bidi::Ltr => vec![(line, false)],
            Bidi::Full(b) => {
                let (levels, runs) = b.visual_runs(line);
                runs.into_iter()
                    .map(|r| {
                        let rtl = levels[r.start].is_rtl();
                        (r, rtl)
                    })
                    .collect()
            }
        }
    }
}

/// A shaped glyph in font units: id, advance, x and y offsets, and the byte
/// offset of its cluster in the shaped text.
type UnitGlyph = (u16, i32, i32, i32, u32);

struct Typesetter<'f> {
    fonts: &'f Fonts,
    rtl: bool,
    /// Shaping plans by font, direction and script: building one reads the
    /// font's layout tables, which costs more than shaping a paragraph.
    plans: std::cell::RefCell<
        std::collections::HashMap<(usize, bool, rustybuzz::Script), rustybuzz::ShapePlan>,
    >,
    /// Words already shaped, by font: a request repeats its words, and
    /// shaping is most of the cost of layout.
    words: std::cell::RefCell<std::collections::HashMap<(usize, String), Vec<UnitGlyph>>>,
}

impl Typesetter<'_> {
    /// Breaks a text into lines no wider than `width`.
    fn lines(&self, text: &str, style: TextStyle, width: f32) -> Vec<Line> {
        let mut out = Vec::new();
        for para in text.split('\n') {
            let para = para.trim_end_matches('\r');
            if para.trim().is_empty() {
                out.push(Line {
                    runs: Vec::new(),
                    width: 0.0,
                    rtl: self.rtl,
                });
                continue;
            }
            self.paragraph_lines(para, style, width, &mut out);
        }
        out
    }

    fn paragraph_lines(&self, p: &str, style: TextStyle, width: f32, out: &mut Vec<Line>) {
        // An Arabic document sets every paragraph right to left, even one
        // that opens with a Latin name; elsewhere a paragraph takes the
        // direction of its first strong character, so a quoted Arabic
        // paragraph in an English request still reads right to left.
        let bidi = Bidi::new(p, self.rtl);
        let para_rtl = bidi.paragraph_rtl();
        let items = self.shape_items(p, &bidi, style);
        // Advance of every cluster, indexed by the byte where it starts.
        let mut adv = vec![0f32; p.len() + 1];
        for it in &items {
            for g in &it.glyphs {
                adv[g.4] += g.1;
            }
        }
        let mut prefix = vec![0f32; p.len() + 1];
        for i in 0..p.len() {
            prefix[i + 1] = prefix[i] + adv[i];
        }
        let visible_end = |a: usize, b: usize| -> usize {
            let trimmed = p[a..b].trim_end();
            a + trimmed.len()
        };
        let w = |a: usize, b: usize| prefix[visible_end(a, b)] - prefix[a];

        let mut ranges = Vec::new();
        let mut start = 0;
        let mut last_ok: Option<usize> = None;
        // Case numbers and references (HEP-2025-EX-1147, 2026/0417) are not
        // broken at their hyphens and slashes; only a reference longer than
        // the line is cut.
        let breaks: Vec<(usize, BreakOpportunity)> = linebreaks(p)
            .filter(|&(e, opp)| opp == BreakOpportunity::Mandatory || !inside_identifier(p, e))
            .collect();
        let mut i = 0;
        while i < breaks.len() {
            let (end, opp) = breaks[i];
            if w(start, end) <= width {
                last_ok = Some(end);
                if opp == BreakOpportunity::Mandatory || end == p.len() {
                    ranges.push(start..end);
                    start = end;
                    last_ok = None;
                }
                i += 1;
                continue;
            }
            match last_ok.take() {
                Some(b) if b > start => {
                    ranges.push(start..b);
                    start = b;
                }
                _ => {
                    // A word longer than the line: cut it between characters.
                    let mut cut = start;
                    for (k, c) in p[start..end].char_indices() {
                        let next = start + k + c.len_utf8();
                        if w(start, next) > width && cut > start {
                            break;
                        }
                        cut = next;
                    }
                    ranges.push(start..cut);
                    start = cut;
                }
            }
        }
        if start < p.len() {
            ranges.push(start..p.len());
        }
        for r in ranges {
            let end = visible_end(r.start, r.end);
            if end > r.start {
                let mut line = self.visual_line(p, &bidi, &items, r.start..end, style);
                line.rtl = para_rtl;
                out.push(line);
            } else {
                out.push(Line {
                    runs: Vec::new(),
                    width: 0.0,
                    rtl: para_rtl,
                });
            }
        }
    }

    fn shape_items(&self, p: &str, bidi: &Bidi, style: TextStyle) -> Vec<Shaped> {
        let mut items: Vec<Shaped> = Vec::new();
        let mut current: Option<(usize, usize, Level)> = None;
        for (i, c) in p.char_indices() {
            let level = bidi.level(i);
            let font = self.fonts.pick(c, style.bold, current.map(|c| c.1));
            match current {
                // Same font and level (or an invisible format character): the run goes on.
                Some((_, f, l)) if (f == font || is_invisible(c)) && l == level => {}
                Some((s, f, l)) => {
                    items.push(self.shape(p, s..i, f, l, style.size));
                    current = Some((i, font, level));
                }
                None => current = Some((i, font, level)),
            }
        }
        if let Some((s, f, l)) = current {
            items.push(self.shape(p, s..p.len(), f, l, style.size));
        }
        items
    }

    /// Shapes a text in one font and direction, in font units.
    fn shape_units(&self, text: &str, font: usize, level: Level) -> Vec<UnitGlyph> {
        let face = &self.fonts.faces[font];
        let mut buf = UnicodeBuffer::new();
        buf.push_str(text);
        buf.guess_segment_properties();
        buf.set_direction(if level.is_rtl() {
            Direction::RightToLeft
        } else {
            Direction::LeftToRight
        });
        let key = (font, level.is_rtl(), buf.script());
        let mut plans = self.plans.borrow_mut();
        let plan = plans.entry(key).or_insert_with(|| {
            rustybuzz::ShapePlan::new(&face.face, buf.direction(), Some(buf.script()), None, &[])
        });
        let shaped = rustybuzz::shape_with_plan(&face.face, plan, buf);
        shaped
            .glyph_infos()
            .iter()
            .zip(shaped.glyph_positions())
            .map(|(info, pos)| {
                (
                    info.glyph_id as u16,
                    pos.x_advance,
                    pos.x_offset,
                    pos.y_offset,
                    info.cluster,
                )
            })
            .collect()
    }

    fn shape(&self, p: &str, range: Range<usize>, font: usize, level: Level, size: f32) -> Shaped {
        let face = &self.fonts.faces[font];
        let scale = size / face.units_per_em;
        let mut glyphs: Vec<(u16, f32, f32, f32, usize)> = Vec::new();
        let mut push = |word: &[UnitGlyph], offset: usize| {
            glyphs.extend(word.iter().map(|g| {
                (
                    g.0,
                    g.1 as f32 * scale,
                    g.2 as f32 * scale,
                    g.3 as f32 * scale,
                    offset + g.4 as usize,
                )
            }))
        };
        if level.is_rtl() || font == CJK {
            // Right-to-left runs come out of rustybuzz in visual order, and a
            // Chinese run has no spaces to cut at: shaped whole.
            let shaped = self.shape_units(&p[range.clone()], font, level);
            push(&shaped, range.start);
        } else {
            // Left to right: word by word, each word shaped once per document.
            // Kerning and ligatures do not reach across a space.
            let text = &p[range.clone()];
            let mut cache = self.words.borrow_mut();
            let mut at = 0;
            for piece in text.split_inclusive(' ') {
                let (word, space) = match piece.strip_suffix(' ') {
                    Some(w) => (w, true),
                    None => (piece, false),
                };
                for (part, off) in [(word, 0), (if space { " " } else { "" }, word.len())] {
                    if part.is_empty() {
                        continue;
                    }
                    let shaped = cache
                        .entry((font, part.to_string()))
                        .or_insert_with(|| self.shape_units(part, font, level));
                    push(shaped, range.start + at + off);
                }
                at += piece.len();
            }
        }
        let mut starts: Vec<usize> = glyphs
            .iter()
            .map(|g: &(u16, f32, f32, f32, usize)| g.4)
            .collect();
        starts.sort_unstable();
        starts.dedup();
        Shaped {
            range,
            font,
            level,
            glyphs,
            starts,
        }
    }

    fn visual_line(
        &self,
        p: &str,
        bidi: &Bidi,
        items: &[Shaped],
        line: Range<usize>,
        style: TextStyle,
    ) -> Line {
        let runs = bidi.visual_runs(line);
        let mut out = Vec::new();
        let mut x = 0.0;
        for (vrun, rtl) in runs {
            let mut parts: Vec<(&Shaped, Range<usize>)> = items
                .iter()
                .filter(|it| it.range.start < vrun.end && vrun.start < it.range.end)
                .map(|it| {
                    (
                        it,
                        it.range.start.max(vrun.start)..it.range.end.min(vrun.end),
                    )
                })
                .collect();
            if rtl {
                parts.reverse();
            }
            for (it, sub) in parts {
                let span = it.glyph_span(&sub);
                let run_glyphs = &it.glyphs[span];
                let mut glyphs = Vec::with_capacity(run_glyphs.len());
                let mut run_width = 0.0;
                let mut i = 0;
                while i < run_glyphs.len() {
                    // The glyphs of one cluster are adjacent in rustybuzz's output.
                    let c = run_glyphs[i].4;
                    let mut j = i + 1;
                    while j < run_glyphs.len() && run_glyphs[j].4 == c {
                        j += 1;
                    }
                    let end = it.cluster_end(c).min(sub.end);
                    let cluster = ((c - sub.start) as u32, (end - sub.start) as u32);
                    for g in &run_glyphs[i..j] {
                        glyphs.push(Glyph {
                            id: g.0,
                            advance: g.1,
                            dx: g.2,
                            dy: g.3,
                            cluster,
                        });
                        run_width += g.1;
                    }
                    i = j;
                }
                if glyphs.is_empty() {
                    continue;
                }
                out.push(GlyphRun {
                    font: it.font,
                    size: style.size,
                    x,
                    y: 0.0,
                    glyphs,
                    text: p[sub.clone()].to_string(),
                    gray: style.gray,
                    angle: 0.0,
                    rtl,
                });
                x += run_width;
            }
        }
        Line {
            runs: out,
            width: x,
            rtl: self.rtl,
        }
    }
}

/// Lays a document out on pages.
pub fn layout(doc: &Document, fonts: &Fonts, setup: PageSetup) -> Pages {
    let mut l = Layouter::new(doc, fonts, setup);
    l.letterhead();
    for (i, b) in doc.blocks.iter().enumerate() {
        let next = doc.blocks.get(i + 1);
        l.block(b, next);
    }
    l.finish()
}

struct Layouter<'a> {
    doc: &'a Document,
    ts: Typesetter<'a>,
    setup: PageSetup,
    pages: Vec<Page>,
    y: f32,
}

impl<'a> Layouter<'a> {
    fn new(doc: &'a Document, fonts: &'a Fonts, setup: PageSetup) -> Self {
        Layouter {
            doc,
            ts: Typesetter {
                fonts,
                rtl: doc.rtl,
                plans: Default::default(),
                words: Default::default(),
            },
            setup,
            pages: vec![Page { items: Vec::new() }],
            y: setup.margin_top,
        }
    }

    fn content_width(&self) -> f32 {
        self.setup.width - 2.0 * self.setup.margin_inline
    }

    fn bottom(&self) -> f32 {
        self.setup.height - self.setup.margin_bottom
    }

    fn style(&self, s: Style) -> TextStyle {
        let size = self.setup.font_size;
        match s {
            Style::Normal => TextStyle {
                size,
                bold: false,
                align: Align::Start,
                gray: 0.0,
            },
            Style::Bold => TextStyle {
                size,
                bold: true,
                align: Align::Start,
                gray: 0.0,
            },
            Style::Small => TextStyle {
                size: size * 0.85,
                bold: false,
                align: Align::Start,
                gray: 0.25,
            },
            Style::End => TextStyle {
                size,
                bold: false,
                align: Align::End,
                gray: 0.0,
            },
            Style::Title => TextStyle {
                size: size * 1.35,
                bold: true,
                align: Align::Center,
                gray: 0.0,
            },
        }
    }

    fn line_height(style: TextStyle) -> f32 {
        style.size * 1.45
    }

    fn new_page(&mut self) {
        self.pages.push(Page { items: Vec::new() });
        self.y = self.setup.margin_top;
    }

    fn ensure(&mut self, height: f32) {
        if self.y + height > self.bottom() && self.y > self.setup.margin_top + 0.5 {
            self.new_page();
        }
    }

    /// Places a line at the cursor, within [x0, x0 + width) in logical terms;
    /// mirrored for right-to-left documents.
    fn place(&mut self, line: Line, style: TextStyle, x0: f32, width: f32) {
        let lh = Self::line_height(style);
        self.ensure(lh);
        let baseline = self.y + style.size;
        let free = (width - line.width).max(0.0);
        let offset = match (style.align, line.rtl) {
            (Align::Center, _) => free / 2.0,
            (Align::Start, false) | (Align::End, true) => 0.0,
            (Align::Start, true) | (Align::End, false) => free,
        };
        let left = if self.doc.rtl {
            self.setup.margin_inline + self.content_width() - x0 - width
        } else {
            self.setup.margin_inline + x0
        };
        let page = self.pages.last_mut().expect("a page");
        for mut r in line.runs {
            r.x += left + offset;
            r.y = baseline;
            page.items.push(Item::Text(r));
        }
        self.y += lh;
    }

    fn text(&mut self, text: &str, style: TextStyle, x0: f32, width: f32) {
        for line in self.ts.lines(text, style, width) {
            self.place(line, style, x0, width);
        }
    }

    fn letterhead(&mut self) {
        if let Some(logo) = &self.doc.logo {
            // At most 56 pt high and a third of the line wide, centred.
            let scale =
                (56.0 / logo.height as f32).min(self.content_width() / 3.0 / logo.width as f32);
            let (width, height) = (logo.width as f32 * scale, logo.height as f32 * scale);
            let x = (self.setup.width - width) / 2.0;
            let y = self.y;
            self.pages
                .last_mut()
                .expect("a page")
                .items
                .push(Item::Logo {
                    x,
                    y,
                    width,
                    height,
                });
            self.y += height + 6.0;
        }
        let lines = self.doc.letterhead.clone();
        if lines.is_empty() {
            return;
        }
        let w = self.content_width();
        for (i, l) in lines.iter().enumerate() {
            let mut st = self.style(if i == 0 { Style::Bold } else { Style::Small });
            st.align = Align::Center;
            self.text(l, st, 0.0, w);
        }
        self.y += 3.0;
        self.rule(0.6);
        self.y += 13.0;
    }

    fn block_first_line_height(&self, b: &Block) -> f32 {
        match b {
            Block::Space(h) => *h,
            _ => Self::line_height(self.style(Style::Normal)) * 2.0,
        }
    }

    fn block(&mut self, b: &Block, next: Option<&Block>) {
        let w = self.content_width();
        match b {
            Block::Heading { level, text } => {
                let mut st = self.style(Style::Bold);
                if *level <= 1 {
                    st.size *= 1.15;
                }
                let lines = self.ts.lines(text, st, w);
                let need = 8.0
                    + lines.len() as f32 * Self::line_height(st)
                    + next.map(|n| self.block_first_line_height(n)).unwrap_or(0.0);
                self.ensure(need);
                self.y += 8.0;
                for line in lines {
                    self.place(line, st, 0.0, w);
                }
                self.y += 2.0;
            }
            Block::Paragraph { text, style } => {
                let st = self.style(*style);
                self.text(text, st, 0.0, w);
                self.y += st.size * 0.5;
            }
            Block::Space(h) => {
                self.y += h;
            }
            Block::Fields { rows } => {
                let label_w = w * 0.34;
                let gap = 10.0;
                for (label, value) in rows {
                    let ls = self.style(Style::Bold);
                    let vs = self.style(Style::Normal);
                    let ll = self.ts.lines(label, ls, label_w);
                    let vl = self.ts.lines(value, vs, w - label_w - gap);
                    self.two_columns(ll, ls, vl, vs, label_w, gap);
                    self.y += 2.0;
                }
                self.y += 4.0;
            }
            Block::List { items, numbered } => {
                let indent = self.setup.font_size * 2.0;
                for (i, it) in items.iter().enumerate() {
                    let st = self.style(Style::Normal);
                    let marker = if *numbered {
                        format!("{}.", i + 1)
                    } else {
                        "•".to_string()
                    };
                    let ml = self.ts.lines(&marker, st, indent);
                    let tl = self.ts.lines(it, st, w - indent);
                    self.two_columns(ml, st, tl, st, indent - 4.0, 4.0);
                }
                self.y += 4.0;
            }
            Block::Table { header, rows } => self.table(header, rows),
        }
    }

    /// Two columns side by side, line by line, breaking across pages.
    fn two_columns(
        &mut self,
        left: Vec<Line>,
        ls: TextStyle,
        right: Vec<Line>,
        rs: TextStyle,
        left_w: f32,
        gap: f32,
    ) {
        let n = left.len().max(right.len());
        let mut left = left.into_iter();
        let mut right = right.into_iter();
        let lh = Self::line_height(ls).max(Self::line_height(rs));
        let w = self.content_width();
        for _ in 0..n {
            self.ensure(lh);
            let y0 = self.y;
            if let Some(l) = left.next() {
                self.place(l, ls, 0.0, left_w);
            }
            self.y = y0;
            if let Some(r) = right.next() {
                self.place(r, rs, left_w + gap, w - left_w - gap);
            }
            self.y = y0 + lh;
        }
    }

    fn table(&mut self, header: &[String], rows: &[Vec<String>]) {
        let cols = header.len().max(1);
        let w = self.content_width();
        let gap = 6.0;
        let col_w = (w - gap * (cols as f32 - 1.0)) / cols as f32;
        let hs = self.style(Style::Bold);
        let cs = self.style(Style::Normal);
        let draw_row = |this: &mut Self, cells: &[String], st: TextStyle| {
            let lines: Vec<Vec<Line>> = cells.iter().map(|c| this.ts.lines(c, st, col_w)).collect();
            let n = lines.iter().map(Vec::len).max().unwrap_or(0);
            let lh = Self::line_height(st);
            let mut iters: Vec<_> = lines.into_iter().map(|l| l.into_iter()).collect();
            for _ in 0..n {
                if this.y + lh > this.bottom() {
                    this.new_page();
                    this.table_header(header, hs, col_w, gap);
                }
                let y0 = this.y;
                for (c, it) in iters.iter_mut().enumerate() {
                    this.y = y0;
                    if let Some(line) = it.next() {
                        this.place(line, st, c as f32 * (col_w + gap), col_w);
                    }
                }
                this.y = y0 + lh;
            }
            this.rule(0.3);
        };
        self.ensure(Self::line_height(hs) * 3.0);
        self.table_header(header, hs, col_w, gap);
        for r in rows {
            draw_row(self, r, cs);
        }
        self.y += 6.0;
    }

    fn table_header(&mut self, header: &[String], hs: TextStyle, col_w: f32, gap: f32) {
        self.rule(0.6);
        let y0 = self.y;
        let mut max_y = y0;
        for (c, h) in header.iter().enumerate() {
            self.y = y0;
            let lines = self.ts.lines(h, hs, col_w);
            for line in lines {
                self.place(line, hs, c as f32 * (col_w + gap), col_w);
            }
            max_y = max_y.max(self.y);
        }
        self.y = max_y;
        self.rule(0.6);
    }

    fn rule(&mut self, width: f32) {
        let y = self.y + 1.0;
        let (x1, x2) = (
            self.setup.margin_inline,
            self.setup.width - self.setup.margin_inline,
        );
        self.pages
            .last_mut()
            .expect("a page")
            .items
            .push(Item::Line {
                x1,
                y1: y,
                x2,
                y2: y,
                width,
            });
        self.y += 3.0;
    }

    /// Headers, footers and the watermark, now that the page count is known.
    fn finish(mut self) -> Pages {
        let total = self.pages.len();
        let small = self.style(Style::Small);
        let w = self.content_width();
        for i in 0..total {
            let mut extra = Vec::new();
            let mut put = |text: &str, align: Align, y: f32, this: &Self| {
                let mut st = small;
                st.align = align;
                if let Some(line) = this.ts.lines(text, st, w).into_iter().next() {
                    let free = (w - line.width).max(0.0);
                    let offset = match (align, this.doc.rtl) {
                        (Align::Center, _) => free / 2.0,
                        (Align::Start, false) | (Align::End, true) => 0.0,
                        (Align::Start, true) | (Align::End, false) => free,
                    };
                    for mut r in line.runs {
                        r.x += this.setup.margin_inline + offset;
                        r.y = y;
                        extra.push(Item::Text(r));
                    }
                }
            };
            let head_y = self.setup.margin_top - 28.0;
            if !self.doc.reference.is_empty() {
                put(&self.doc.reference, Align::Start, head_y, &self);
            }
            if let Some(c) = &self.doc.confidential {
                put(c, Align::End, head_y, &self);
            }
            let page_text = self
                .doc
                .page_pattern
                .replace("{page}", &(i + 1).to_string())
                .replace("{pages}", &total.to_string());
            let foot_y = self.setup.height - self.setup.margin_bottom + 34.0;
            put(&page_text, Align::Center, foot_y, &self);
            if let Some(c) = &self.doc.confidential {
                put(c, Align::Center, foot_y + 12.0, &self);
            }
            if let Some(mark) = &self.doc.watermark {
                let st = TextStyle {
                    size: 96.0,
                    bold: true,
                    align: Align::Center,
                    gray: 0.85,
                };
                if let Some(line) = self.ts.lines(mark, st, 2000.0).into_iter().next() {
                    let angle: f32 = 45.0;
                    let (s, c) = angle.to_radians().sin_cos();
                    // Centre the rotated line on the page centre.
                    let cx = self.setup.width / 2.0 - c * line.width / 2.0;
                    let cy = self.setup.height / 2.0 + s * line.width / 2.0;
                    for mut r in line.runs {
                        let along = r.x;
                        r.x = cx + c * along;
                        r.y = cy - s * along;
                        r.angle = angle;
                        extra.push(Item::Text(r));
                    }
                }
            }
            let page = &mut self.pages[i];
            // The watermark goes under the text.
            let mut items = std::mem::take(&mut page.items);
            let (marks, rest): (Vec<Item>, Vec<Item>) = extra
                .into_iter()
                .partition(|it| matches!(it, Item::Text(r) if r.angle != 0.0));
            let mut all = marks;
            all.append(&mut items);
            all.extend(rest);
            page.items = all;
        }
        Pages {
            setup: self.setup,
            pages: self.pages,
            logo: self.doc.logo.clone(),
        }
    }
}
