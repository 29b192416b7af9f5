//! Running a portal's router: bind, serve, and on Ctrl-C or SIGTERM stop taking new
//! connections and let the requests under way finish (graceful shutdown).

use axum::Router;
use std::net::SocketAddr;

/// Serves `app` on `addr` until Ctrl-C or SIGTERM. Prints the address bound (useful with
/// port 0).
pub async fn run(app: Router, addr: SocketAddr) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let bound = listener.local_addr()?;
    println!("dvc-server: http://{bound}/");
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
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
