//! Attached files: which types, sizes and counts a question accepts, and the check of one
//! file by its name, its size and (where the bytes are at hand) its first bytes. The browser
//! runs it as files are chosen, the server again on the posted bytes, so both refuse the
//! same files with the same message. Owns no I/O.
//!
//! ```
//! use dvc_rules::files::{check_file, FileLimits};
//! use dvc_rules::ProblemCode;
//! let limits = FileLimits::new(&["pdf", "jpg"], 5_000_000, 2);
//! assert!(check_file("don.pdf", 1200, Some(b"%PDF-1.7\n"), &limits).is_ok());
//! // A picture renamed to .pdf is refused by its bytes, not only its name.
//! let p = check_file("don.pdf", 1200, Some(b"\x89PNG\r\n\x1a\n"), &limits).unwrap_err();
//! assert_eq!(p.code, ProblemCode::FileContent);
//! ```

use crate::problem::{Problem, ProblemCode};

/// What a file question accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileLimits {
    /// Accepted extensions, lower case without the dot ("pdf", "jpg"). Empty accepts any.
    pub accept: Vec<String>,
    /// Largest size of one file, in bytes.
    pub max_bytes: u64,
    /// Most files at once.
    pub max_files: usize,
}

impl FileLimits {
    pub fn new(accept: &[&str], max_bytes: u64, max_files: usize) -> Self {
        FileLimits {
            accept: accept.iter().map(|a| a.to_ascii_lowercase()).collect(),
            max_bytes,
            max_files,
        }
    }
}

impl Default for FileLimits {
    /// Any type, 10 MB a file, 10 files.
    fn default() -> Self {
        FileLimits {
            accept: Vec::new(),
            max_bytes: 10_000_000,
            max_files: 10,
        }
    }
}

/// The extension of a file name, lower case ("" when it has none).
pub fn extension(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default()
}

/// The kinds of file the kit recognises by their first bytes, and the extensions each may
/// carry. An extension not listed here is checked by name only.
const SIGNATURES: &[(&[&str], &str, fn(&[u8]) -> bool)] = &[
    (&["pdf"], "PDF", |b| b.starts_with(b"%PDF-")),
    (&["jpg", "jpeg"], "JPG", |b| {
        b.starts_with(&[0xFF, 0xD8, 0xFF])
    }),
    (&["png"], "PNG", |b| b.starts_with(b"\x89PNG\r\n\x1a\n")),
    (&["gif"], "GIF", |b| {
        b.starts_with(b"GIF87a") || b.starts_with(b"GIF89a")
    }),
    (&["webp"], "WEBP", |b| {
        b.len() >= 12 && &b[..4] == b"RIFF" && &b[8..12] == b"WEBP"
    }),
    (&["heic", "heif"], "HEIC", |b| {
        b.len() >= 12
            && &b[4..8] == b"ftyp"
            && matches!(&b[8..12], b"heic" | b"heix" | b"mif1" | b"msf1" | b"heif")
    }),
    (&["tif", "tiff"], "TIFF", |b| {
        b.starts_with(b"II*\0") || b.starts_with(b"MM\0*")
    }),
    // Office Open XML and OpenDocument files are zip archives.
    (&["docx", "xlsx", "pptx", "odt", "ods", "zip"], "ZIP", |b| {
        b.starts_with(b"PK\x03\x04")
    }),
    // Word 97–2003 and Excel 97–2003: OLE compound files.
    (&["doc", "xls", "ppt"], "OLE", |b| {
        b.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }),
];

/// How many first bytes [`check_file`] needs to recognise a type.
pub const SNIFF_BYTES: usize = 16;

/// Whether `head` (the file's first bytes) looks like the type its extension names. True for
/// an extension the kit has no signature for.
pub fn content_matches(ext: &str, head: &[u8]) -> bool {
    SIGNATURES
        .iter()
        .find(|(exts, _, _)| exts.contains(&ext))
        .is_none_or(|(_, _, looks)| looks(head))
}

/// How many last bytes [`ends_right`] looks at.
pub const TAIL_BYTES: usize = 1024;

/// Whether `tail` (the file's last bytes, up to [`TAIL_BYTES`]) ends as a whole file of
/// the type `ext` names, for the types whose end is fixed: a PDF has its `%%EOF` in its
/// last 1,024 bytes (as readers require), a PNG its `IEND` chunk (found, not required last:
/// some tools leave bytes after it). A file cut short, or something else with the right
/// first bytes, does not. Not checked: JPEG (phones append megabytes after the end marker:
/// motion photos, depth maps), zip-based Office files (a comment of up to 64 KB may follow
/// the directory's end), GIF (its one-byte trailer proves nothing). True for those, and
/// for an empty `tail` (not known, as in the browser).
pub fn ends_right(ext: &str, tail: &[u8]) -> bool {
    let has = |needle: &[u8]| tail.windows(needle.len()).any(|w| w == needle);
    if tail.is_empty() {
        return true;
    }
    match ext {
        "pdf" => has(b"%%EOF"),
        "png" => has(b"IEND\xAE\x42\x60\x82"),
        _ => true,
    }
}

/// [`check_file`] on a file's whole bytes (the server's check): its first bytes and, for
/// the types whose end is fixed, its end ([`ends_right`]). `size` is the size posted (a file longer than what was kept says
/// so, and is refused by its size first).
pub fn check_bytes(
    name: &str,
    size: u64,
    bytes: &[u8],
    limits: &FileLimits,
) -> Result<(), Problem> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    check_file(name, size, Some(head), limits)?;
    let ext = extension(name);
    if !ends_right(&ext, &bytes[bytes.len().saturating_sub(TAIL_BYTES)..]) {
        return Err(Problem::new(ProblemCode::FileContent)
            .with("file", name)
            .with("type", ext.to_ascii_uppercase()));
    }
    Ok(())
}

/// Checks one file: an accepted extension, not empty, not larger than the limit, and, when
/// `head` is given, bytes that really are what the extension says.
pub fn check_file(
    name: &str,
    bytes: u64,
    head: Option<&[u8]>,
    limits: &FileLimits,
) -> Result<(), Problem> {
    let ext = extension(name);
    if !limits.accept.is_empty() && !limits.accept.contains(&ext) {
        return Err(Problem::new(ProblemCode::FileType)
            .with("file", name)
            .with("types", accepted_types(limits)));
    }
    if bytes == 0 {
        return Err(Problem::new(ProblemCode::FileEmpty).with("file", name));
    }
    if bytes > limits.max_bytes {
        return Err(Problem::new(ProblemCode::FileTooLarge)
            .with("file", name)
            .with("max", size_limit(limits.max_bytes)));
    }
    if let Some(head) = head {
        if !content_matches(&ext, head) {
            return Err(Problem::new(ProblemCode::FileContent)
                .with("file", name)
                .with("type", ext.to_ascii_uppercase()));
        }
    }
    Ok(())
}

/// Checks the number of files.
pub fn check_count(count: usize, limits: &FileLimits) -> Result<(), Problem> {
    if count > limits.max_files {
        return Err(Problem::new(ProblemCode::FileTooMany).with("max", limits.max_files));
    }
    Ok(())
}

/// "PDF, JPG, PNG": the accepted extensions as a citizen reads them (JPEG folded into JPG).
pub fn accepted_types(limits: &FileLimits) -> String {
    let mut shown: Vec<String> = Vec::new();
    for a in &limits.accept {
        let upper = if a == "jpeg" {
            "JPG".to_string()
        } else {
            a.to_ascii_uppercase()
        };
        if !shown.contains(&upper) {
            shown.push(upper);
        }
    }
    shown.join(", ")
}

/// A limit with its unit: "5 MB", "500 KB" (limits are round numbers: no decimal part).
pub fn size_limit(max_bytes: u64) -> String {
    if max_bytes >= 1_000_000 {
        format!("{} MB", max_bytes / 1_000_000)
    } else {
        format!("{} KB", max_bytes.div_ceil(1000))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> FileLimits {
        FileLimits::new(&["pdf", "jpg", "jpeg", "png"], 5_000_000, 2)
    }

    #[test]
    fn names_sizes_and_counts() {
        let l = limits();
        assert!(check_file("giay-khai-sinh.PDF", 10, None, &l).is_ok());
        let p = check_file("anh.heic", 10, None, &l).unwrap_err();
        assert_eq!(
            (p.code, p.arg("types")),
            (ProblemCode::FileType, "PDF, JPG, PNG")
        );
        assert_eq!(
            check_file("khong-duoi", 10, None, &l).unwrap_err().code,
            ProblemCode::FileType
        );
        assert_eq!(
            check_file("to.pdf", 5_000_001, None, &l)
                .unwrap_err()
                .arg("max"),
            "5 MB"
        );
        assert_eq!(check_file("to.pdf", 5_000_000, None, &l), Ok(()));
        assert_eq!(
            check_file("to.pdf", 11, None, &FileLimits::new(&[], 10, 1))
                .unwrap_err()
                .arg("max"),
            "1 KB"
        );
        assert_eq!(
            check_file("rong.pdf", 0, None, &l).unwrap_err().code,
            ProblemCode::FileEmpty
        );
        assert!(check_count(2, &l).is_ok());
        assert_eq!(check_count(3, &l).unwrap_err().arg("max"), "2");
    }

    #[test]
    fn first_bytes_must_match_the_extension() {
        let l = limits();
        assert!(check_file("a.pdf", 9, Some(b"%PDF-1.4\n"), &l).is_ok());
        assert!(check_file("a.jpeg", 9, Some(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]), &l).is_ok());
        assert!(check_file("a.png", 9, Some(b"\x89PNG\r\n\x1a\n\0\0"), &l).is_ok());
        let p = check_file("hop-dong.pdf", 9, Some(b"MZ\x90\0\x03"), &l).unwrap_err();
        assert_eq!(
            (p.code, p.arg("file"), p.arg("type")),
            (ProblemCode::FileContent, "hop-dong.pdf", "PDF")
        );
        assert_eq!(
            check_file("anh.jpg", 9, Some(b"%PDF-1.4"), &l)
                .unwrap_err()
                .code,
            ProblemCode::FileContent
        );
        // Too short to be anything: refused, not a panic.
        assert_eq!(
            check_file("a.png", 1, Some(b"\x89"), &l).unwrap_err().code,
            ProblemCode::FileContent
        );
        // A type without a signature is judged by name.
        assert!(check_file(
            "ghi-chu.txt",
            3,
            Some(b"abc"),
            &FileLimits::new(&["txt"], 10, 1)
        )
        .is_ok());
        assert!(content_matches("docx", b"PK\x03\x04\x14\0"));
        assert!(!content_matches("webp", b"RIFF\0\0\0\0WAVE"));
    }

    #[test]
    fn a_file_must_end_as_its_type_does_not_only_begin() {
        let l = FileLimits::new(&["pdf", "png", "jpg", "docx"], 1_000_000, 3);
        let pdf = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".to_vec();
        assert_eq!(check_bytes("don.pdf", pdf.len() as u64, &pdf, &l), Ok(()));
        // The right first bytes, then anything: a renamed program, a file cut short.
        let mut forged = b"%PDF-1.7\n".to_vec();
        forged.extend_from_slice(&[0x4D, 0x5A, 0x90, 0x00].repeat(500));
        let p = check_bytes("don.pdf", forged.len() as u64, &forged, &l).unwrap_err();
        assert_eq!(p.code, ProblemCode::FileContent);
        let png = [
            b"\x89PNG\r\n\x1a\n".as_slice(),
            b"....IHDR....",
            b"\0\0\0\0IEND\xAE\x42\x60\x82",
        ]
        .concat();
        assert_eq!(check_bytes("anh.png", png.len() as u64, &png, &l), Ok(()));
        assert!(check_bytes("anh.png", 12, &png[..12], &l).is_err());
        // A PNG with bytes after its IEND (a cropping tool's leftovers) is still a PNG.
        let padded = [png.as_slice(), b"\n\0\0"].concat();
        assert_eq!(
            check_bytes("anh.png", padded.len() as u64, &padded, &l),
            Ok(())
        );
        // A phone's JPEG with a video after its end marker: checked by its start only.
        let mut motion = vec![0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 0xFF, 0xD9];
        motion.extend_from_slice(&[0x66; 4096]);
        assert_eq!(
            check_bytes("anh.jpg", motion.len() as u64, &motion, &l),
            Ok(())
        );
        assert!(ends_right("pdf", b""), "not known: not refused");
        assert!(ends_right("txt", b"anything"));
    }
}
