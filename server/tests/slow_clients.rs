//! M3 of the security review: a client that sends its headers a byte at a time (slowloris)
//! is closed within the header timeout while other clients are answered; a kept-alive
//! connection that says nothing is closed after the idle timeout; past the connection
//! limit, a new client waits until a connection closes. Real sockets on 127.0.0.1.

use axum::routing::get;
use axum::Router;
use dvc_server::serve::{serve_on, Limits};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

async fn start(limits: Limits) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = Router::new().route("/", get(|| async { "ok" }));
    tokio::spawn(serve_on(listener, app, limits, std::future::pending()));
    addr
}

/// One whole GET on a new connection; the status line.
async fn get_status(addr: SocketAddr) -> String {
    let mut c = TcpStream::connect(addr).await.unwrap();
    c.write_all(b"GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut out = String::new();
    tokio::time::timeout(Duration::from_secs(5), c.read_to_string(&mut out))
        .await
        .expect("answered within 5 s")
        .unwrap();
    out.lines().next().unwrap_or("").to_string()
}

/// Whether the server has closed `c` (reading gives end of file or an error).
async fn closed_within(c: &mut TcpStream, limit: Duration) -> Option<Duration> {
    let started = Instant::now();
    let mut buf = [0u8; 256];
    loop {
        match tokio::time::timeout(limit.saturating_sub(started.elapsed()), c.read(&mut buf)).await
        {
            Err(_) => return None,
            Ok(Ok(0)) | Ok(Err(_)) => return Some(started.elapsed()),
            Ok(Ok(_)) => continue,
        }
    }
}

fn short() -> Limits {
    Limits {
        header_timeout: Duration::from_millis(1500),
        idle_timeout: Duration::from_secs(2),
        max_connections: 64,
    }
}

#[tokio::test]
async fn a_client_sending_headers_a_byte_at_a_time_is_closed_while_others_are_answered() {
    let addr = start(short()).await;
    let mut slow = TcpStream::connect(addr).await.unwrap();
    let request =
        b"GET / HTTP/1.1\r\nHost: a\r\nX-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n";
    let started = Instant::now();
    let mut closed_at = None;
    for byte in request {
        if slow.write_all(&[*byte]).await.is_err() {
            closed_at = Some(started.elapsed());
            break;
        }
        assert_eq!(
            get_status(addr).await,
            "HTTP/1.1 200 OK",
            "others are answered"
        );
        let mut probe = [0u8; 64];
        match tokio::time::timeout(Duration::from_millis(250), slow.read(&mut probe)).await {
            Ok(Ok(0)) | Ok(Err(_)) => {
                closed_at = Some(started.elapsed());
                break;
            }
            Ok(Ok(_)) => panic!("answered a request whose headers took this long"),
            Err(_) => {}
        }
    }
    let closed_at = closed_at.expect("the slow connection was never closed");
    assert!(
        closed_at < Duration::from_secs(4),
        "closed after {closed_at:?}"
    );
}

#[tokio::test]
async fn a_silent_connection_is_closed_after_the_idle_time() {
    let addr = start(short()).await;
    // Says nothing at all.
    let mut silent = TcpStream::connect(addr).await.unwrap();
    let at = closed_within(&mut silent, Duration::from_secs(6)).await;
    assert!(at.is_some(), "a connection that sent nothing was kept open");
    // One request, then kept alive and silent.
    let mut kept = TcpStream::connect(addr).await.unwrap();
    kept.write_all(b"GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        .await
        .unwrap();
    let mut buf = [0u8; 512];
    let n = kept.read(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200 OK"));
    let at = closed_within(&mut kept, Duration::from_secs(6)).await;
    assert!(
        at.is_some(),
        "a kept-alive connection that went quiet was kept open"
    );
}

#[tokio::test]
async fn past_the_connection_limit_a_client_waits_for_a_free_one() {
    let addr = start(Limits {
        max_connections: 2,
        ..short()
    })
    .await;
    let mut a = TcpStream::connect(addr).await.unwrap();
    let _b = TcpStream::connect(addr).await.unwrap();
    // Both slots are taken by connections that say nothing: a third is not served yet.
    let waiting = tokio::spawn(get_status(addr));
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!waiting.is_finished(), "served past the limit");
    a.shutdown().await.unwrap();
    drop(a);
    let status = tokio::time::timeout(Duration::from_secs(5), waiting)
        .await
        .expect("served once a connection closed")
        .unwrap();
    assert_eq!(status, "HTTP/1.1 200 OK");
}
