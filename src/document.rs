//! The format-neutral document: what `compose` produces from a case, and what
//! both the PDF and the in-app preview show. Text is already localized; the
//! officer's own words are carried as written.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Document {
    /// The document language (`en`, `ar`...); decides direction and fonts.
    pub lang: String,
    pub rtl: bool,
    /// PDF metadata.
    pub title: String,
    pub subject: String,
    pub author: String,
    /// Shown in every page header.
    pub reference: String,
    /// A confidentiality marking for headers and footers, when confidential.
    pub confidential: Option<String>,
    /// The "DRAFT" watermark text, when the case still has errors.
    pub watermark: Option<String>,
    /// "Page {page} of {pages}", with those two tokens left in place.
    pub page_pattern: String,
    /// Lines of the letterhead on the first page.
    pub letterhead: Vec<String>,
    /// The authority's logo above the letterhead.
    pub logo: Option<Logo>,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub enum Block {
    /// A heading; kept on the same page as the block after it.
    Heading {
        level: u8,
        text: String,
    },
    Paragraph {
        text: String,
        style: Style,
    },
    /// Label and value pairs, as a two-column table.
    Fields {
        rows: Vec<(String, String)>,
    },
    /// A table whose header row repeats on every page it spans.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// Numbered or bulleted items.
    List {
        items: Vec<String>,
        numbered: bool,
    },
    /// Vertical space, in points.
    Space(f32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub enum Style {
    Normal,
    Bold,
    Small,
    /// Aligned to the end of the line (dates, signatures).
    End,
    /// Centred (title).
    Title,
}

impl Document {
    /// Every piece of text in reading order, for checks (fonts, search).
    pub fn texts(&self) -> Vec<&str> {
        let mut out: Vec<&str> = vec![&self.title, &self.reference];
        out.extend(self.letterhead.iter().map(String::as_str));
        for b in &self.blocks {
            match b {
                Block::Heading { text, .. } | Block::Paragraph { text, .. } => out.push(text),
                Block::Fields { rows } => {
                    for (l, v) in rows {
                        out.push(l);
                        out.push(v);
                    }
                }
                Block::Table { header, rows } => {
                    out.extend(header.iter().map(String::as_str));
                    for r in rows {
                        out.extend(r.iter().map(String::as_str));
                    }
                }
                Block::List { items, .. } => out.extend(items.iter().map(String::as_str)),
                Block::Space(_) => {}
            }
        }
        out
    }
}

/// A letterhead logo, checked and decoded when it is loaded, so a damaged
/// image is a clear error before anything is drawn.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Logo {
    pub width: u32,
    pub height: u32,
    #[serde(skip)]
    pub image: LogoImage,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub enum LogoImage {
    /// A JPEG file, embedded as it is; `components` is 1 (gray), 3 (RGB) or 4 (CMYK).
    Jpeg { data: Vec<u8>, components: u8 },
    /// Decoded 8-bit RGB pixels, with an optional alpha channel.
    Rgb {
        pixels: Vec<u8>,
        alpha: Option<Vec<u8>>,
    },
    #[default]
    None,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LogoError {
    #[error("not a PNG or JPEG image")]
    Format,
    #[error("the image is damaged: {0}")]
    Corrupt(String),
    #[error("the image is {width}x{height} pixels; the limit is {max}x{max}")]
    TooLarge { width: u32, height: u32, max: u32 },
}

impl LogoError {
    /// Stable code; the Fluent message is `error-logo-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            LogoError::Format => "format",
            LogoError::Corrupt(_) => "corrupt",
            LogoError::TooLarge { .. } => "too-large",
        }
    }

    pub fn args(&self) -> crate::Args {
        let mut a = crate::Args::new();
        match self {
            LogoError::Format => {}
            LogoError::Corrupt(reason) => {
                a.insert("reason".into(), reason.clone().into());
            }
            LogoError::TooLarge { width, height, max } => {
                a.insert("width".into(), (*width as usize).into());
                a.insert("height".into(), (*height as usize).into());
                a.insert("max".into(), (*max as usize).into());
            }
        }
        a
    }
}

const MAX_LOGO_SIDE: u32 = 4000;

impl Logo {
    /// Reads a PNG or JPEG file's bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Logo, LogoError> {
        let logo = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            decode_png(bytes)?
        } else if bytes.starts_with(&[0xFF, 0xD8]) {
            read_jpeg(bytes)?
        } else {
            return Err(LogoError::Format);
        };
        if logo.width == 0 || logo.height == 0 {
            return Err(LogoError::Corrupt("zero size".into()));
        }
        if logo.width > MAX_LOGO_SIDE || logo.height > MAX_LOGO_SIDE {
            return Err(LogoError::TooLarge {
                width: logo.width,
                height: logo.height,
                max: MAX_LOGO_SIDE,
            });
        }
        Ok(logo)
    }
}

fn decode_png(bytes: &[u8]) -> Result<Logo, LogoError> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder
        .read_info()
        .map_err(|e| LogoError::Corrupt(e.to_string()))?;
    let (w, h) = (reader.info().width, reader.info().height);
    if w > MAX_LOGO_SIDE || h > MAX_LOGO_SIDE {
        return Err(LogoError::TooLarge {
            width: w,
            height: h,
            max: MAX_LOGO_SIDE,
        });
    }
    let mut buf = vec![
        0;
        reader
            .output_buffer_size()
            .ok_or_else(|| LogoError::Corrupt("size".into()))?
    ];
    let frame = reader
        .next_frame(&mut buf)
        .map_err(|e| LogoError::Corrupt(e.to_string()))?;
    let data = &buf[..frame.buffer_size()];
    let n = (w * h) as usize;
    let (pixels, alpha) = match frame.color_type {
        png::ColorType::Rgb => (data.to_vec(), None),
        png::ColorType::Rgba => {
            let mut rgb = Vec::with_capacity(n * 3);
            let mut a = Vec::with_capacity(n);
            for px in data.chunks_exact(4) {
                rgb.extend_from_slice(&px[..3]);
                a.push(px[3]);
            }
            (rgb, Some(a))
        }
        png::ColorType::Grayscale => (data.iter().flat_map(|&g| [g, g, g]).collect(), None),
        png::ColorType::GrayscaleAlpha => {
            let rgb = data
                .chunks_exact(2)
                .flat_map(|p| [p[0], p[0], p[0]])
                .collect();
            let a = data.chunks_exact(2).map(|p| p[1]).collect();
            (rgb, Some(a))
        }
        png::ColorType::Indexed => return Err(LogoError::Corrupt("palette not expanded".into())),
    };
    if pixels.len() != n * 3 {
        return Err(LogoError::Corrupt("truncated pixel data".into()));
    }
    Ok(Logo {
        width: w,
        height: h,
        image: LogoImage::Rgb { pixels, alpha },
    })
}

/// Finds the frame header of a JPEG for its size and colour components.
fn read_jpeg(bytes: &[u8]) -> Result<Logo, LogoError> {
    let mut i = 2;
    while i + 4 <= bytes.len() {
        if bytes[i] != 0xFF {
            return Err(LogoError::Corrupt("bad marker".into()));
        }
        let marker = bytes[i + 1];
        let len = u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]) as usize;
        // Start-of-frame markers carry the dimensions.
        if matches!(marker, 0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF) {
            if i + 10 > bytes.len() {
                break;
            }
            let h = u16::from_be_bytes([bytes[i + 5], bytes[i + 6]]) as u32;
            let w = u16::from_be_bytes([bytes[i + 7], bytes[i + 8]]) as u32;
            let components = bytes[i + 9];
            if !matches!(components, 1 | 3 | 4) {
                return Err(LogoError::Corrupt("unusual colour components".into()));
            }
            if !bytes.ends_with(&[0xFF, 0xD9]) {
                return Err(LogoError::Corrupt("the file is truncated".into()));
            }
            return Ok(Logo {
                width: w,
                height: h,
                image: LogoImage::Jpeg {
                    data: bytes.to_vec(),
                    components,
                },
            });
        }
        if len < 2 {
            return Err(LogoError::Corrupt("bad segment length".into()));
        }
        i += 2 + len;
    }
    Err(LogoError::Corrupt("no frame header".into()))
}
