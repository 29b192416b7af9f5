//! What the server's integration tests share: a request as if from a socket's peer.

use axum::body::Body;
use axum::extract::ConnectInfo;
use std::net::SocketAddr;

/// `req` with no body, as it arrives from `peer` (what `serve_on` puts on each request).
pub fn from(peer: &str, req: http::request::Builder) -> http::Request<Body> {
    let mut req = req.body(Body::empty()).unwrap();
    req.extensions_mut().insert(ConnectInfo(
        format!("{peer}:40000").parse::<SocketAddr>().unwrap(),
    ));
    req
}
