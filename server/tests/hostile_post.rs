//! H1 of the security review: one anonymous post must not take the server's memory. A
//! 25 MB urlencoded body of "a&" (12.5 million empty answers) is refused (413) after at
//! most the urlencoded limit has been read, and the process's heap grows by little more
//! than that limit, whether the body says its length or streams it.
//!
//! One test in this file: the heap is measured by a counting allocator for the whole
//! process, so nothing else may run beside it.

use axum::body::Body;
use axum::routing::post;
use axum::Router;
use dvc_server::forms::{Posted, MAX_URLENCODED_BYTES};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tower::ServiceExt;

struct Counting;
static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = NOW.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        NOW.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const FLOOD_BYTES: usize = 25 * 1000 * 1000;

/// 64 KB of "a&a&…", the flood's one chunk (static: the test itself allocates nothing big).
static CHUNK: [u8; 64 * 1024] = {
    let mut c = [b'a'; 64 * 1024];
    let mut i = 1;
    while i < c.len() {
        c[i] = b'&';
        i += 2;
    }
    c
};

fn flood() -> Body {
    let chunks = FLOOD_BYTES / CHUNK.len();
    Body::from_stream(futures_util::stream::iter(
        (0..chunks).map(|_| Ok::<_, std::io::Error>(axum::body::Bytes::from_static(&CHUNK))),
    ))
}

async fn read(_: Posted) -> &'static str {
    "read"
}

#[tokio::test(flavor = "current_thread")]
async fn a_flood_of_empty_answers_is_refused_in_bounded_memory_and_time() {
    let app = dvc_server::security::harden(Router::new().route("/", post(read)));
    for declared in [true, false] {
        let mut req = http::Request::post("/").header(
            http::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        );
        if declared {
            req = req.header(http::header::CONTENT_LENGTH, FLOOD_BYTES);
        }
        let req = req.body(flood()).unwrap();
        let before = NOW.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let started = Instant::now();
        let res = app.clone().oneshot(req).await.unwrap();
        let took = started.elapsed();
        let grew = PEAK.load(Ordering::Relaxed) - before;
        assert_eq!(
            res.status(),
            http::StatusCode::PAYLOAD_TOO_LARGE,
            "declared: {declared}"
        );
        assert!(
            grew < 3 * MAX_URLENCODED_BYTES,
            "declared: {declared}: the heap grew by {grew} bytes for one post"
        );
        assert!(
            took < Duration::from_secs(2),
            "declared: {declared}: {took:?}"
        );
    }
}
