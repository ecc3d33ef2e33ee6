//! PDF output: a pure function from laid-out pages to bytes.
//!
//! DESIGN.md names printpdf. Its font subsetting needs its `text_layout`
//! feature, which brings in a whole layout engine we do not use, and we need
//! exact control of the two things this stage exists for: embedding each
//! font as a subset (a Chinese request stays small) and writing every run
//! inside `/ActualText` marked content (so copying Arabic gives back what the
//! officer typed, ligatures included; see `write_run` for why right-to-left
//! runs rely on the per-glyph map instead). So this stage uses typst's
//! `pdf-writer` and `subsetter` directly: Type 0 fonts with Identity-H
//! encoding and TrueType outlines, a ToUnicode map per font, flate-compressed
//! streams. The clock comes in through [`PdfMeta`] and the file id is a hash
//! of the content: same inputs, same bytes.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo};
use pdf_writer::{Content, Date, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use subsetter::GlyphRemapper;

use crate::layout::{Fonts, GlyphRun, Item, Pages};

/// What the PDF says about itself.
#[derive(Debug, Clone)]
pub struct PdfMeta {
    pub title: String,
    pub author: String,
    pub subject: String,
    /// BCP 47 language of the document.
    pub lang: String,
    /// When the document was produced: the injected clock, never the system's.
    pub created: jiff::civil::DateTime,
}

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("font {font} could not be subset: {reason}")]
    Subset { font: String, reason: String },
}

impl PdfError {
    pub fn code(&self) -> &'static str {
        match self {
            PdfError::Subset { .. } => "subset",
        }
    }
}

struct FontUse {
    remapper: GlyphRemapper,
    /// New glyph id -> the characters it stands for.
    to_unicode: BTreeMap<u16, String>,
}

/// Writes the pages as a PDF.
pub fn pdf(pages: &Pages, fonts: &Fonts, meta: &PdfMeta) -> Result<Vec<u8>, PdfError> {
    // Which glyphs of which fonts are used, renumbered for the subsets.
    let mut uses: BTreeMap<usize, FontUse> = BTreeMap::new();
    for run in pages.runs() {
        let u = uses.entry(run.font).or_insert_with(|| {
            let mut remapper = GlyphRemapper::new();
            remapper.remap(0);
            FontUse {
                remapper,
                to_unicode: BTreeMap::new(),
            }
        });
        // Each glyph id gets one string for the whole file: work it out from
        // the first cluster the glyph appears in.
        let mut i = 0;
        while i < run.glyphs.len() {
            let cluster = run.glyphs[i].cluster;
            let mut j = i + 1;
            while j < run.glyphs.len() && run.glyphs[j].cluster == cluster {
                j += 1;
            }
            let group = &run.glyphs[i..j];
            let news: Vec<u16> = group.iter().map(|g| u.remapper.remap(g.id)).collect();
            if news.iter().any(|n| !u.to_unicode.contains_key(n)) {
                let ids: Vec<u16> = group.iter().map(|g| g.id).collect();
                let text = run
                    .text
                    .get(cluster.0 as usize..cluster.1 as usize)
                    .unwrap_or_default();
                let chars =
                    crate::layout::cluster_chars(&fonts.faces[run.font].face, &ids, text, run.rtl);
                for (new, ch) in news.into_iter().zip(chars) {
                    if !ch.is_empty() {
                        u.to_unicode.entry(new).or_insert(ch);
                    }
                }
            }
            i = j;
        }
    }

    let mut alloc = Ref::new(1);
    let mut next = || alloc.bump();
    let catalog_id = next();
    let tree_id = next();
    let info_id = next();
    let page_ids: Vec<(Ref, Ref)> = pages.pages.iter().map(|_| (next(), next())).collect();
    let logo_ids = pages.logo.as_ref().map(|_| (next(), next()));
    let font_ids: BTreeMap<usize, [Ref; 5]> = uses
        .keys()
        .map(|&f| (f, [next(), next(), next(), next(), next()]))
        .collect();

    let mut pdf = Pdf::new();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    meta.title.hash(&mut hasher);

    pdf.catalog(catalog_id)
        .pages(tree_id)
        .lang(TextStr(&meta.lang));
    pdf.pages(tree_id)
        .kids(page_ids.iter().map(|p| p.0))
        .count(page_ids.len() as i32);

    let height = pages.setup.height;
    for (page, (page_id, content_id)) in pages.pages.iter().zip(&page_ids) {
        let mut p = pdf.page(*page_id);
        p.parent(tree_id)
            .media_box(Rect::new(0.0, 0.0, pages.setup.width, height))
            .contents(*content_id);
        let mut res = p.resources();
        let mut fonts_dict = res.fonts();
        for (f, ids) in &font_ids {
            fonts_dict.pair(Name(format!("F{f}").as_bytes()), ids[0]);
        }
        fonts_dict.finish();
        if let Some((image, _)) = logo_ids {
            res.x_objects().pair(Name(b"Logo"), image);
        }
        res.finish();
        p.finish();

        let mut c = Content::new();
        for item in &page.items {
            match item {
                Item::Text(run) => write_run(&mut c, run, fonts, &uses, height),
                Item::Logo {
                    x,
                    y,
                    width,
                    height: h,
                } => {
                    c.save_state()
                        .transform([*width, 0.0, 0.0, *h, *x, height - y - h])
                        .x_object(Name(b"Logo"))
                        .restore_state();
                }
                Item::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                } => {
                    c.save_state()
                        .set_line_width(*width)
                        .set_stroke_gray(0.35)
                        .move_to(*x1, height - y1)
                        .line_to(*x2, height - y2)
                        .stroke()
                        .restore_state();
                }
            }
        }
        let raw = c.finish();
        raw.hash(&mut hasher);
        let data = deflate(&raw);
        pdf.stream(*content_id, &data).filter(Filter::FlateDecode);
    }

    for (f, u) in &uses {
        let face = &fonts.faces[*f];
        let [type0, cid, desc, file, cmap] = font_ids[f];
        let subset =
            subsetter::subset(face.data, 0, &u.remapper).map_err(|e| PdfError::Subset {
                font: face.name.to_string(),
                reason: e.to_string(),
            })?;
        subset.hash(&mut hasher);
        let tag = subset_tag(&subset);
        let base = format!("{tag}+{}", face.name);
        let scale = 1000.0 / face.units_per_em;

        pdf.type0_font(type0)
            .base_font(Name(base.as_bytes()))
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid)
            .to_unicode(cmap);

        let widths: Vec<f32> = u
            .remapper
            .remapped_gids()
            .map(|old| {
                face.face
                    .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(old))
                    .unwrap_or(0) as f32
                    * scale
            })
            .collect();
        let mut cidf = pdf.cid_font(cid);
        cidf.subtype(CidFontType::Type2)
            .base_font(Name(base.as_bytes()))
            .system_info(SystemInfo {
                registry: Str(b"Adobe"),
                ordering: Str(b"Identity"),
                supplement: 0,
            })
            .font_descriptor(desc)
            .default_width(0.0)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        cidf.widths().consecutive(0, widths);
        cidf.finish();

        let bbox = face.face.global_bounding_box();
        let flags = if *f == crate::layout::SERIF || *f == crate::layout::SERIF_BOLD {
            FontFlags::SERIF | FontFlags::NON_SYMBOLIC
        } else {
            FontFlags::NON_SYMBOLIC
        };
        pdf.font_descriptor(desc)
            .name(Name(base.as_bytes()))
            .flags(flags)
            .bbox(Rect::new(
                bbox.x_min as f32 * scale,
                bbox.y_min as f32 * scale,
                bbox.x_max as f32 * scale,
                bbox.y_max as f32 * scale,
            ))
            .italic_angle(0.0)
            .ascent(face.ascender * scale)
            .descent(face.descender * scale)
            .cap_height(face.face.capital_height().unwrap_or(700) as f32 * scale)
            .stem_v(80.0)
            .font_file2(file);
        let packed = deflate(&subset);
        pdf.stream(file, &packed)
            .filter(Filter::FlateDecode)
            .pair(Name(b"Length1"), subset.len() as i32);

        let mut cm = pdf_writer::types::UnicodeCmap::new(
            Name(b"Custom"),
            SystemInfo {
                registry: Str(b"Adobe"),
                ordering: Str(b"UCS"),
                supplement: 0,
            },
        );
        for (gid, text) in &u.to_unicode {
            cm.pair_with_multiple(*gid, text.chars());
        }
        let cmap_data = cm.finish();
        pdf.cmap(cmap, &cmap_data);
    }

    if let (Some(logo), Some((image, mask))) = (&pages.logo, logo_ids) {
        write_logo(&mut pdf, logo, image, mask, &mut hasher);
    }

    let d = meta.created;
    let date = Date::new(d.year() as u16)
        .month(d.month() as u8)
        .day(d.day() as u8)
        .hour(d.hour() as u8)
        .minute(d.minute() as u8)
        .second(d.second() as u8)
        .utc_offset_hour(0)
        .utc_offset_minute(0);
    pdf.document_info(info_id)
        .title(TextStr(&meta.title))
        .author(TextStr(&meta.author))
        .subject(TextStr(&meta.subject))
        .creator(TextStr("Rogatory"))
        .producer(TextStr(concat!("Rogatory ", env!("CARGO_PKG_VERSION"))))
        .creation_date(date)
        .modified_date(date);
    let id = Hasher::finish(&hasher).to_be_bytes().to_vec();
    pdf.set_file_id((id.clone(), id));
    Ok(pdf.finish())
}

fn write_run(
    c: &mut Content,
    run: &GlyphRun,
    fonts: &Fonts,
    uses: &BTreeMap<usize, FontUse>,
    height: f32,
) {
    let Some(u) = uses.get(&run.font) else { return };
    let face = &fonts.faces[run.font];
    let watermark = run.angle != 0.0;
    if watermark {
        c.begin_marked_content(Name(b"Artifact"));
    } else if run.rtl {
        // Right-to-left runs carry their text per glyph (ToUnicode, ligatures
        // mapped to all their characters, in logical order). An /ActualText
        // here would be laid left to right over the run by extractors such
        // as poppler, which then reverse it again as right-to-left text.
        c.begin_marked_content(Name(b"Span"));
    } else {
        c.begin_marked_content_with_properties(Name(b"Span"))
            .properties()
            .actual_text(TextStr(&run.text));
    }
    c.begin_text();
    c.set_font(Name(format!("F{}", run.font).as_bytes()), run.size);
    c.set_fill_gray(run.gray);
    let (s, co) = run.angle.to_radians().sin_cos();
    let y = height - run.y;
    c.set_text_matrix([co, s, -s, co, run.x, y]);
    let scale = run.size / face.units_per_em;
    let mut pen = 0.0f32;
    let mut pending: Vec<(u16, f32)> = Vec::new();
    let flush = |c: &mut Content, pending: &mut Vec<(u16, f32)>| {
        if pending.is_empty() {
            return;
        }
        let mut tj = c.show_positioned();
        let mut items = tj.items();
        for (gid, adjust) in pending.drain(..) {
            items.show(Str(&gid.to_be_bytes()));
            if adjust.abs() > 0.001 {
                items.adjust(adjust);
            }
        }
    };
    for g in &run.glyphs {
        let new = remapped(u, g.id);
        let natural = face
            .face
            .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(g.id))
            .unwrap_or(0) as f32
            * scale;
        if !watermark && (g.dx.abs() > 0.01 || g.dy.abs() > 0.01) {
            flush(c, &mut pending);
            c.set_text_matrix([1.0, 0.0, 0.0, 1.0, run.x + pen + g.dx, y + g.dy]);
            c.show_positioned().items().show(Str(&new.to_be_bytes()));
            c.set_text_matrix([1.0, 0.0, 0.0, 1.0, run.x + pen + g.advance, y]);
        } else {
            // TJ moves by the font's own advance; adjust to the shaped one.
            let adjust = (natural - g.advance) * 1000.0 / run.size;
            pending.push((new, adjust));
        }
        pen += g.advance;
    }
    flush(c, &mut pending);
    c.end_text();
    c.end_marked_content();
}

fn remapped(u: &FontUse, old: u16) -> u16 {
    u.remapper.get(old).unwrap_or(0)
}

fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 1)
}

/// Six capital letters naming a subset, derived from its bytes.
fn subset_tag(data: &[u8]) -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    data.hash(&mut h);
    let mut v = Hasher::finish(&h);
    (0..6)
        .map(|_| {
            let c = (b'A' + (v % 26) as u8) as char;
            v /= 26;
            c
        })
        .collect()
}

fn write_logo(
    pdf: &mut Pdf,
    logo: &crate::document::Logo,
    image: Ref,
    mask: Ref,
    hasher: &mut impl Hasher,
) {
    use crate::document::LogoImage;
    let (w, h) = (logo.width as i32, logo.height as i32);
    match &logo.image {
        LogoImage::Jpeg { data, components } => {
            data.hash(hasher);
            let mut x = pdf.image_xobject(image, data);
            x.width(w).height(h).bits_per_component(8);
            x.filter(Filter::DctDecode);
            match components {
                1 => x.color_space().device_gray(),
                4 => x.color_space().device_cmyk(),
                _ => x.color_space().device_rgb(),
            };
        }
        LogoImage::Rgb { pixels, alpha } => {
            pixels.hash(hasher);
            let packed = deflate(pixels);
            let mut x = pdf.image_xobject(image, &packed);
            x.width(w).height(h).bits_per_component(8);
            x.filter(Filter::FlateDecode);
            x.color_space().device_rgb();
            if alpha.is_some() {
                x.s_mask(mask);
            }
            x.finish();
            if let Some(a) = alpha {
                let packed = deflate(a);
                let mut m = pdf.image_xobject(mask, &packed);
                m.width(w).height(h).bits_per_component(8);
                m.filter(Filter::FlateDecode);
                m.color_space().device_gray();
            }
        }
        LogoImage::None => {}
    }
}
