//! Posted forms: the body of a `<form method="post">` sent by a browser with or without
//! WebAssembly, urlencoded or `multipart/form-data`, decoded within limits into name/value
//! pairs and files, then checked with the same [`FieldSpec`]s the page's `Form` runs in the
//! browser, attached files included (by name, size, count and first bytes).
//!
//! ```
//! use dvc_rules::{date::Date, form::{FieldRule, FieldSpec}};
//! use dvc_server::forms::{check, Posted};
//! let specs = vec![FieldSpec::new("full_name", "họ và tên", FieldRule::Name)];
//! let posted = Posted { pairs: vec![("full_name".into(), "".into())], files: vec![] };
//! let problems = check(&specs, &posted, Date { year: 2026, month: 11, day: 23 });
//! assert_eq!(problems[0].name, "full_name");
//! ```

use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use dvc_rules::date::Date;
use dvc_rules::files::{SNIFF_BYTES, TAIL_BYTES};
use dvc_rules::form::{check_posted, decode_urlencoded_within, FieldProblem, FieldSpec, FileInfo};
use dvc_rules::Locale;
use http_body_util::{BodyExt, LengthLimitError, Limited};

/// The largest text answer accepted in one part: 100 KB (the longest textarea the kit
/// offers is far shorter; anything longer is not a person typing).
pub const MAX_TEXT_BYTES: usize = 100 * 1000;
/// Most parts (answers and files) in one post.
pub const MAX_PARTS: usize = 500;
/// The largest urlencoded body: 1 MB. Answers are small (500 answers of 2 KB each); files
/// come as multipart, which has the portal's whole body limit.
pub const MAX_URLENCODED_BYTES: usize = 1000 * 1000;
/// The most of one file kept from a post: 10 MB. A longer file is read to its end without
/// being kept, and its [`PostedFile::size`] is one byte over this, so a question's own
/// size limit (always lower) refuses it with its usual message.
pub const MAX_FILE_BYTES: usize = 10 * 1000 * 1000;
/// Bodies larger than this are decoded on a blocking thread, not an async worker.
const DECODE_INLINE_BYTES: usize = 64 * 1000;

/// One attached file as posted.
#[derive(Clone, Debug)]
pub struct PostedFile {
    /// The question's name.
    pub field: String,
    /// The file's own name, without any folder the browser may have sent.
    pub file_name: String,
    /// What the browser said the type is (not trusted: the bytes are checked).
    pub content_type: String,
    /// The file's bytes, at most [`MAX_FILE_BYTES`].
    pub bytes: Bytes,
    /// The file's size as posted: its bytes' length, or one byte over [`MAX_FILE_BYTES`]
    /// for a file that was longer (its bytes are then not all there).
    pub size: u64,
}

/// A decoded post: the answers as pairs in posted order (a file as its name, so the
/// browser's rules read it the same way) and the files themselves.
#[derive(Clone, Debug, Default)]
pub struct Posted {
    pub pairs: Vec<(String, String)>,
    pub files: Vec<PostedFile>,
}

/// Why a post could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PostError {
    /// The body or one of its parts is over the limit.
    TooLarge,
    /// Neither urlencoded nor multipart.
    UnsupportedType,
    /// The body is not what its type says.
    Malformed,
}

impl PostError {
    /// The sentence shown to the citizen.
    pub fn message(&self, locale: Locale) -> &'static str {
        match (self, locale) {
            (PostError::TooLarge, Locale::Vi) => "Dữ liệu gửi lên quá lớn: các tệp đính kèm cộng lại phải nhỏ hơn 25 MB. Hãy chọn lại tệp nhỏ hơn rồi gửi lại.",
            (PostError::TooLarge, Locale::En) => "What you sent is too large: attached files together must be under 25 MB. Choose smaller files and send again.",
            (PostError::UnsupportedType | PostError::Malformed, Locale::Vi) => "Không đọc được dữ liệu biểu mẫu đã gửi. Hãy quay lại trang trước và gửi lại.",
            (PostError::UnsupportedType | PostError::Malformed, Locale::En) => "The form data sent could not be read. Go back to the previous page and send it again.",
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            PostError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            PostError::UnsupportedType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            PostError::Malformed => StatusCode::BAD_REQUEST,
        }
    }
}

impl IntoResponse for PostError {
    fn into_response(self) -> Response {
        crate::log::security(
            "post.refused",
            match self {
                PostError::TooLarge => "over a limit",
                PostError::UnsupportedType => "not a form's type",
                PostError::Malformed => "not what its type says",
            },
        );
        let body = format!(
            "{}\n\n{}\n",
            self.message(Locale::Vi),
            self.message(Locale::En)
        );
        (
            self.status(),
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            body,
        )
            .into_response()
    }
}

impl<S: Send + Sync> FromRequest<S> for Posted {
    type Rejection = PostError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let kind = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase();
        if kind.starts_with("application/x-www-form-urlencoded") {
            read_urlencoded(req).await
        } else if kind.starts_with("multipart/form-data") {
            let multipart = Multipart::from_request(req, state)
                .await
                .map_err(|_| PostError::Malformed)?;
            read_multipart(multipart).await
        } else {
            Err(PostError::UnsupportedType)
        }
    }
}

/// An urlencoded body: refused at once when it says it is over [`MAX_URLENCODED_BYTES`],
/// read up to that many bytes otherwise, then decoded within [`MAX_PARTS`] pairs and
/// [`MAX_TEXT_BYTES`] per answer before any pair is made (a large body off the async
/// workers).
async fn read_urlencoded(req: Request) -> Result<Posted, PostError> {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_URLENCODED_BYTES as u64) {
        return Err(PostError::TooLarge);
    }
    let body = Limited::new(req.into_body(), MAX_URLENCODED_BYTES)
        .collect()
        .await
        .map_err(|e| {
            if e.is::<LengthLimitError>() {
                PostError::TooLarge
            } else {
                PostError::Malformed
            }
        })?
        .to_bytes();
    let decode = move || {
        let text = std::str::from_utf8(&body).map_err(|_| PostError::Malformed)?;
        decode_urlencoded_within(text, MAX_PARTS, MAX_TEXT_BYTES).map_err(|_| PostError::TooLarge)
    };
    let pairs = if body_len_over_inline(&declared) {
        tokio::task::spawn_blocking(decode)
            .await
            .map_err(|_| PostError::Malformed)??
    } else {
        decode()?
    };
    Ok(Posted {
        pairs,
        files: Vec::new(),
    })
}

fn body_len_over_inline(declared: &Option<u64>) -> bool {
    declared.is_none_or(|n| n > DECODE_INLINE_BYTES as u64)
}

async fn read_multipart(mut multipart: Multipart) -> Result<Posted, PostError> {
    let mut posted = Posted::default();
    let mut parts = 0;
    // The answers together are held to the urlencoded limit (files have their own).
    let mut answers_bytes = 0usize;
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(PostError::TooLarge)
            }
            Err(_) => return Err(PostError::Malformed),
        };
        parts += 1;
        if parts > MAX_PARTS {
            return Err(PostError::TooLarge);
        }
        let name = field.name().unwrap_or("").to_string();
        let file_name = field.file_name().map(base_name);
        let content_type = field.content_type().unwrap_or("").to_string();
        // Read as it arrives: an answer stops at its limit, a file is kept up to
        // MAX_FILE_BYTES, never the whole body first.
        let keep = if file_name.is_some() {
            MAX_FILE_BYTES
        } else {
            MAX_TEXT_BYTES
        };
        let (bytes, size) = read_part(&mut field, keep, file_name.is_none()).await?;
        match file_name {
            // A file input left empty posts one part with no name and no bytes.
            Some(file_name) if file_name.is_empty() && bytes.is_empty() => {
                posted.pairs.push((name, String::new()))
            }
            Some(file_name) => {
                posted.pairs.push((name.clone(), file_name.clone()));
                posted.files.push(PostedFile {
                    field: name,
                    file_name,
                    content_type,
                    bytes,
                    size,
                });
            }
            None => {
                answers_bytes += bytes.len() + name.len();
                if size > MAX_TEXT_BYTES as u64 || answers_bytes > MAX_URLENCODED_BYTES {
                    return Err(PostError::TooLarge);
                }
                let text = String::from_utf8(bytes.to_vec()).map_err(|_| PostError::Malformed)?;
                posted.pairs.push((name, text));
            }
        }
    }
    Ok(posted)
}

/// One part's bytes, kept up to `keep` (the rest read and dropped, or, with `refuse_over`,
/// the post refused at once), and its size, capped at `keep + 1`.
async fn read_part(
    field: &mut axum::extract::multipart::Field<'_>,
    keep: usize,
    refuse_over: bool,
) -> Result<(Bytes, u64), PostError> {
    let mut kept = Vec::new();
    let mut over = false;
    loop {
        let chunk = match field.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(PostError::TooLarge)
            }
            Err(_) => return Err(PostError::Malformed),
        };
        if over {
            continue;
        }
        if kept.len() + chunk.len() > keep {
            if refuse_over {
                return Err(PostError::TooLarge);
            }
            over = true;
            kept.extend_from_slice(&chunk[..keep - kept.len()]);
        } else {
            kept.extend_from_slice(&chunk);
        }
    }
    let size = kept.len() as u64 + u64::from(over);
    Ok((Bytes::from(kept), size))
}

/// The longest file name kept, in characters (its extension kept whole).
pub const MAX_FILE_NAME_CHARS: usize = 100;

/// "C:\\Users\\an\\don.pdf" → "don.pdf": some browsers send the whole path. Control
/// characters and the invisible ones that reorder or hide text (bidi overrides: a
/// "fdp.exe" shown as "exe.pdf") are dropped, the name is NFC, and cut to
/// [`MAX_FILE_NAME_CHARS`] keeping its extension.
fn base_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let clean: String = dvc_rules::latin::nfc(base)
        .chars()
        .filter(|c| !c.is_control() && !crate::redirect::is_invisible(*c))
        .collect();
    let clean = clean.trim();
    if clean.chars().count() <= MAX_FILE_NAME_CHARS {
        return clean.to_string();
    }
    let ext = clean
        .rsplit_once('.')
        .map(|(_, e)| e)
        .filter(|e| e.chars().count() <= 10)
        .unwrap_or("");
    let keep = MAX_FILE_NAME_CHARS - ext.chars().count() - usize::from(!ext.is_empty());
    let stem: String = clean.chars().take(keep).collect();
    if ext.is_empty() {
        stem
    } else {
        format!("{}.{ext}", stem.trim_end())
    }
}

/// The pairs of an address's query (`a=1&b=x+y`), decoded (`+` is a space).
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    dvc_rules::form::decode_urlencoded(query)
}

/// Today's date in Viet Nam (UTC+7, no daylight saving), for date rules on the server.
pub fn today_in_vietnam() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    date_in_vietnam(secs)
}

/// The date in Viet Nam at `secs` seconds since 1970 (a draft's expiry, shown to the citizen).
pub fn date_in_vietnam(secs: u64) -> Date {
    civil_date((secs + 7 * 3600) / 86_400)
}

/// The calendar date `days` after 1970-01-01 (H. Hinnant's days-to-civil algorithm).
fn civil_date(days: u64) -> Date {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date { year, month, day }
}

/// Every problem with a post, in page order ([`dvc_rules::form::check_posted`]): the
/// questions' rules on the pairs, exactly what the browser runs, then each file's size and
/// first bytes.
pub fn check(specs: &[FieldSpec], posted: &Posted, today: Date) -> Vec<FieldProblem> {
    check_posted(specs, &posted.pairs, &posted.file_infos(), today)
}

impl Posted {
    /// What the rules need to know of each file.
    pub fn file_infos(&self) -> Vec<FileInfo> {
        self.files
            .iter()
            .map(|f| FileInfo {
                field: f.field.clone(),
                file_name: f.file_name.clone(),
                size: f.size,
                head: f.bytes[..f.bytes.len().min(SNIFF_BYTES)].to_vec(),
                tail: f.bytes[f.bytes.len().saturating_sub(TAIL_BYTES)..].to_vec(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use dvc_rules::files::FileLimits;
    use dvc_rules::form::FieldRule;
    use dvc_rules::ProblemCode;

    const TODAY: Date = Date {
        year: 2026,
        month: 11,
        day: 23,
    };

    fn specs() -> Vec<FieldSpec> {
        vec![
            FieldSpec::new("full_name", "họ và tên", FieldRule::Name),
            FieldSpec::new(
                "attachments",
                "giấy tờ",
                FieldRule::Files(FileLimits::new(&["pdf", "png"], 1000, 2)),
            ),
        ]
    }

    async fn decode(kind: &str, body: Vec<u8>) -> Result<Posted, PostError> {
        let req = Request::post("/")
            .header(header::CONTENT_TYPE, kind)
            .body(Body::from(body))
            .unwrap();
        Posted::from_request(req, &()).await
    }

    fn multipart(parts: &[(&str, Option<&str>, &[u8])]) -> (String, Vec<u8>) {
        let boundary = "----dvcBoundary7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        for (name, file, bytes) in parts {
            body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            match file {
                Some(f) => body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes()),
                None => body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes()),
            }
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        (format!("multipart/form-data; boundary={boundary}"), body)
    }

    #[test]
    fn civil_dates() {
        assert_eq!(
            civil_date(0),
            Date {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        assert_eq!(
            civil_date(11_016),
            Date {
                year: 2000,
                month: 2,
                day: 29
            }
        );
        assert_eq!(
            civil_date(20_415),
            Date {
                year: 2025,
                month: 11,
                day: 23
            }
        );
        assert!(today_in_vietnam().year >= 2025);
    }

    #[tokio::test]
    async fn urlencoded_answers_with_diacritics() {
        let posted = decode(
            "application/x-www-form-urlencoded",
            b"full_name=Ho%C3%A0ng+Th%E1%BB%8B+Hoa&x=".to_vec(),
        )
        .await
        .unwrap();
        assert_eq!(
            posted.pairs,
            vec![
                ("full_name".into(), "Hoàng Thị Hoa".into()),
                ("x".into(), "".into())
            ]
        );
    }

    #[tokio::test]
    async fn multipart_answers_and_files() {
        let (kind, body) = multipart(&[
            ("full_name", None, "Hoàng Thị Hoa".as_bytes()),
            (
                "attachments",
                Some("C:\\fakepath\\can-cuoc.pdf"),
                b"%PDF-1.4 test\n%%EOF",
            ),
            (
                "attachments",
                Some("mat-sau.png"),
                b"\x89PNG\r\n\x1a\n....\0\0\0\0IEND\xAE\x42\x60\x82",
            ),
        ]);
        let posted = decode(&kind, body).await.unwrap();
        assert_eq!(
            posted.pairs[0],
            ("full_name".into(), "Hoàng Thị Hoa".into())
        );
        assert_eq!(
            posted.pairs[1],
            ("attachments".into(), "can-cuoc.pdf".into())
        );
        assert_eq!(posted.files.len(), 2);
        assert_eq!(posted.files[0].bytes.as_ref(), b"%PDF-1.4 test\n%%EOF");
        assert!(check(&specs(), &posted, TODAY).is_empty());
    }

    #[test]
    fn a_file_name_is_cleaned_and_cut_keeping_its_extension() {
        assert_eq!(base_name("C:\\fakepath\\sổ đỏ.pdf"), "sổ đỏ.pdf");
        assert_eq!(base_name("hoa-don\u{202e}fdp.exe"), "hoa-donfdp.exe");
        assert_eq!(base_name("a\u{0}b\r\n.pdf"), "ab.pdf");
        let long = format!("{}.pdf", "đ".repeat(300));
        let cut = base_name(&long);
        assert_eq!(cut.chars().count(), MAX_FILE_NAME_CHARS);
        assert!(cut.ends_with("đ.pdf"));
    }

    #[tokio::test]
    async fn a_file_cut_short_or_forged_after_its_first_bytes_is_refused() {
        let mut forged = b"%PDF-1.7 ".to_vec();
        forged.extend_from_slice(&[0x4D, 0x5A].repeat(400));
        let (kind, body) = multipart(&[
            ("full_name", None, b"An"),
            ("attachments", Some("don.pdf"), &forged),
        ]);
        let problems = check(&specs(), &decode(&kind, body).await.unwrap(), TODAY);
        assert_eq!(
            problems.iter().map(|p| p.problem.code).collect::<Vec<_>>(),
            vec![ProblemCode::FileContent]
        );
    }

    #[tokio::test]
    async fn an_empty_file_input_is_no_file() {
        let (kind, body) = multipart(&[("full_name", None, b"An"), ("attachments", Some(""), b"")]);
        let posted = decode(&kind, body).await.unwrap();
        assert!(posted.files.is_empty());
        let problems = check(&specs(), &posted, TODAY);
        assert_eq!(problems.len(), 1);
        assert_eq!(
            (problems[0].name.as_str(), problems[0].problem.code),
            ("attachments", ProblemCode::RequiredChoice)
        );
    }

    #[tokio::test]
    async fn files_refused_by_size_bytes_type_and_count() {
        let cases: [(&[(&str, Option<&str>, &[u8])], ProblemCode); 4] = [
            (
                &[("attachments", Some("to.pdf"), &[b'%'; 1001])],
                ProblemCode::FileTooLarge,
            ),
            (
                &[("attachments", Some("hop-dong.pdf"), b"MZ\x90\0 not a pdf")],
                ProblemCode::FileContent,
            ),
            (
                &[("attachments", Some("anh.heic"), b"....ftypheic")],
                ProblemCode::FileType,
            ),
            (
                &[
                    ("attachments", Some("a.pdf"), b"%PDF-%%EOF"),
                    ("attachments", Some("b.pdf"), b"%PDF-%%EOF"),
                    ("attachments", Some("c.pdf"), b"%PDF-%%EOF"),
                ],
                ProblemCode::FileTooMany,
            ),
        ];
        for (parts, code) in cases {
            let mut all = vec![("full_name", None, "An".as_bytes())];
            all.extend_from_slice(parts);
            let (kind, body) = multipart(&all);
            let problems = check(&specs(), &decode(&kind, body).await.unwrap(), TODAY);
            assert_eq!(
                problems.iter().map(|p| p.problem.code).collect::<Vec<_>>(),
                vec![code]
            );
        }
    }

    #[tokio::test]
    async fn the_answers_of_a_multipart_post_are_held_to_the_urlencoded_limit_together() {
        let answer = vec![b'a'; MAX_TEXT_BYTES];
        let names: Vec<String> = (0..11).map(|i| format!("note{i}")).collect();
        let parts: Vec<(&str, Option<&str>, &[u8])> = names
            .iter()
            .map(|n| (n.as_str(), None, answer.as_slice()))
            .collect();
        let (kind, body) = multipart(&parts);
        assert_eq!(decode(&kind, body).await.unwrap_err(), PostError::TooLarge);
        let (kind, body) = multipart(&parts[..9]);
        assert_eq!(decode(&kind, body).await.unwrap().pairs.len(), 9);
    }

    #[tokio::test]
    async fn limits_and_bad_bodies() {
        let long = format!("full_name={}", "a".repeat(MAX_TEXT_BYTES + 1));
        assert_eq!(
            decode("application/x-www-form-urlencoded", long.into_bytes())
                .await
                .unwrap_err(),
            PostError::TooLarge
        );
        let (kind, body) = multipart(&[("note", None, &vec![b'a'; MAX_TEXT_BYTES + 1])]);
        assert_eq!(decode(&kind, body).await.unwrap_err(), PostError::TooLarge);
        assert_eq!(
            decode("text/plain", b"x".to_vec()).await.unwrap_err(),
            PostError::UnsupportedType
        );
        assert_eq!(
            decode("multipart/form-data; boundary=x", b"garbage".to_vec())
                .await
                .unwrap_err(),
            PostError::Malformed
        );
        assert_eq!(
            decode("application/x-www-form-urlencoded", vec![0xff, 0xfe])
                .await
                .unwrap_err(),
            PostError::Malformed
        );
    }
}
