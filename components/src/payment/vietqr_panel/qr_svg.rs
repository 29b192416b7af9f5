//! A QR code drawn as SVG on the server: black modules on white with the standard quiet
//! zone of 4 modules, one `<path>` (horizontal runs merged), no inline style (the CSP holds)
//! and no script. Encoding by the `qrcode` crate (error correction M, the smallest version
//! that fits). Server-only: the browser keeps the server's drawing while hydrating, so the
//! encoder never reaches the WebAssembly.

/// The quiet zone around the code, in modules (ISO/IEC 18004 asks for 4).
#[cfg(not(target_arch = "wasm32"))]
pub const QUIET_ZONE: usize = 4;

/// The SVG of a QR code for `text`, or `None` when the text is too long for any version.
///
/// ```
/// let svg = dvc_ui::payment::qr_svg("000201").unwrap();
/// assert!(svg.starts_with("<svg") && svg.contains("<path"));
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub fn qr_svg(text: &str) -> Option<String> {
    use qrcode::{Color, EcLevel, QrCode};
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 2 * QUIET_ZONE;
    let mut path = String::new();
    for y in 0..width {
        let row = &colors[y * width..(y + 1) * width];
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let start = x;
                while x < width && row[x] == Color::Dark {
                    x += 1;
                }
                let run = x - start;
                path.push_str(&format!(
                    "M{} {}h{run}v1h-{run}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE
                ));
            } else {
                x += 1;
            }
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\" \
         aria-hidden=\"true\" focusable=\"false\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>\
         <path fill=\"#000\" d=\"{path}\"/></svg>"
    ))
}

/// In the browser the drawing is the server's: nothing is encoded here.
#[cfg(target_arch = "wasm32")]
pub fn qr_svg(_text: &str) -> Option<String> {
    None
}
