//! Running a portal's router on a socket, with the limits a public server needs: a client
//! must send a request's headers within [`Limits::header_timeout`] (a slowloris connection,
//! a byte every few seconds, is closed), a connection that says nothing for
//! [`Limits::idle_timeout`] is closed, and at most [`Limits::max_connections`] are open at
//! once (further clients wait in the kernel's queue). Each request carries the peer's
//! address (`axum::extract::ConnectInfo<SocketAddr>`) for the rate limits and the logs. On
//! Ctrl-C or SIGTERM it stops taking connections and lets the requests under way finish
//! (graceful shutdown, at most 30 seconds).
//!
//! `axum::serve` sets no timer, so hyper's header timeout never applies there: this module
//! drives hyper's HTTP/1.1 connection itself (`hyper-util`), as axum does inside. It also
//! shares one router between connections: `axum::serve(listener, router)` applies the
//! router's state again for each connection, cloning every route's service with whatever it
//! owns (measured with heaptrack on the demo at c572250: about 8 MB a connection, 405 MB
//! for 50 kept-alive clients; 22-29 MB here; e2e `security.test.mjs`).

use axum::extract::ConnectInfo;
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::time::{sleep, Instant, Sleep};
use tower::ServiceExt;

/// The limits on every connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// How long a client may take to send a request's headers (from the connection's
    /// start, then from each request's first byte). Default 10 s.
    pub header_timeout: Duration,
    /// How long a connection may go without a byte either way before it is closed
    /// (between the requests of a kept-alive connection, say). Default 75 s, longer than
    /// [`crate::security::REQUEST_TIMEOUT`] so a slow answer is never cut.
    pub idle_timeout: Duration,
    /// The most connections open at once. Default 4,096.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(75),
            max_connections: 4096,
        }
    }
}

impl Limits {
    /// The defaults, each changed by its setting when set to a whole number:
    /// `DVC_HEADER_TIMEOUT_SECONDS`, `DVC_IDLE_TIMEOUT_SECONDS`, `DVC_MAX_CONNECTIONS`.
    pub fn from_env() -> Limits {
        let number = |name: &str| {
            std::env::var(name)
                .ok()
                .and_then(|v| v.trim().parse::<u64>().ok())
                .filter(|n| *n > 0)
        };
        let d = Limits::default();
        Limits {
            header_timeout: number("DVC_HEADER_TIMEOUT_SECONDS")
                .map_or(d.header_timeout, Duration::from_secs),
            idle_timeout: number("DVC_IDLE_TIMEOUT_SECONDS")
                .map_or(d.idle_timeout, Duration::from_secs),
            max_connections: number("DVC_MAX_CONNECTIONS")
                .map_or(d.max_connections, |n| n as usize),
        }
    }
}

/// Serves `app` on `addr` with [`Limits::from_env`] until Ctrl-C or SIGTERM. Prints the
/// address bound (useful with port 0).
pub async fn run(app: Router, addr: SocketAddr) -> std::io::Result<()> {
    let listener = TcpListener::bind(addr).await?;
    let bound = listener.local_addr()?;
    println!("dvc-server: http://{bound}/");
    serve_on(listener, app, Limits::from_env(), shutdown_signal()).await
}

/// Serves `app` on `listener` within `limits` until `shutdown` completes, then waits for
/// the requests under way (at most 30 seconds).
pub async fn serve_on(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break,
            },
            _ = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                // Out of file descriptors, a connection reset before it was taken…: wait a
                // moment and go on (as axum::serve does).
                Err(_) => {
                    tokio::select! {
                        _ = sleep(Duration::from_millis(50)) => continue,
                        _ = &mut shutdown => break,
                    }
                }
            },
            _ = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let service =
            app.clone()
                .map_request(move |mut req: http::Request<hyper::body::Incoming>| {
                    req.extensions_mut().insert(ConnectInfo(peer));
                    req
                });
        let io = TokioIo::new(Quiet::new(stream, limits.idle_timeout));
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_timeout)
            .keep_alive(true)
            .serve_connection(io, hyper_util::service::TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(slot);
        });
    }
    drop(listener);
    tokio::select! {
        _ = graceful.shutdown() => {},
        _ = sleep(Duration::from_secs(30)) => {},
    }
    Ok(())
}

/// A TCP stream that fails with `TimedOut` once nothing has been read or written for its
/// idle time while the server waits to read.
struct Quiet {
    stream: TcpStream,
    idle: Duration,
    deadline: Pin<Box<Sleep>>,
}

impl Quiet {
    fn new(stream: TcpStream, idle: Duration) -> Quiet {
        Quiet {
            stream,
            idle,
            deadline: Box::pin(sleep(idle)),
        }
    }

    fn heard(&mut self) {
        let next = Instant::now() + self.idle;
        self.deadline.as_mut().reset(next);
    }
}

impl AsyncRead for Quiet {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let me = &mut *self;
        match Pin::new(&mut me.stream).poll_read(cx, buf) {
            Poll::Ready(result) => {
                me.heard();
                Poll::Ready(result)
            }
            Poll::Pending => match me.deadline.as_mut().poll(cx) {
                Poll::Ready(()) => Poll::Ready(Err(std::io::ErrorKind::TimedOut.into())),
                Poll::Pending => Poll::Pending,
            },
        }
    }
}

impl AsyncWrite for Quiet {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let me = &mut *self;
        let written = Pin::new(&mut me.stream).poll_write(cx, buf);
        if written.is_ready() {
            me.heard();
        }
        written
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        let me = &mut *self;
        let written = Pin::new(&mut me.stream).poll_write_vectored(cx, bufs);
        if written.is_ready() {
            me.heard();
        }
        written
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
