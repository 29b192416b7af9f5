//! Who is asking, as far as the server can tell: the client's address (the peer's, or,
//! when the peer is one of the portal's own proxies, the address that proxy says it
//! forwarded, `X-Forwarded-For` read from the right, past every trusted proxy) and the
//! portal's public origin (from configuration, never from a header a client can set).
//! [`crate::security::harden_with`] puts a [`ClientAddr`] on every request for the rate
//! limits and the logs.

use axum::extract::ConnectInfo;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

/// The client's address as [`client_addr`] found it (`0.0.0.0` when the request came
/// from no socket, as in a test).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClientAddr(pub IpAddr);

/// The portal's own reverse proxies, whose `X-Forwarded-For` is believed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Proxies(Arc<Vec<IpAddr>>);

impl Proxies {
    /// These addresses.
    pub fn new(addresses: Vec<IpAddr>) -> Proxies {
        Proxies(Arc::new(addresses))
    }

    /// From `DVC_TRUSTED_PROXIES` (addresses separated by commas); none when unset.
    /// An address that does not read is an error naming it.
    pub fn from_env() -> Result<Proxies, String> {
        let Ok(list) = std::env::var("DVC_TRUSTED_PROXIES") else {
            return Ok(Proxies::default());
        };
        list.split(',')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(|a| {
                a.parse::<IpAddr>().map_err(|_| {
                    format!("DVC_TRUSTED_PROXIES: {a:?} is not an IP address (write them as 10.0.0.5,10.0.0.6)")
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Proxies::new)
    }

    /// Whether `ip` is one of them.
    pub fn trusts(&self, ip: IpAddr) -> bool {
        self.0.contains(&ip)
    }
}

/// The client's address: the socket's peer, unless the peer is a trusted proxy, then the
/// right-most `X-Forwarded-For` address that is not one (what the portal's own proxy saw;
/// anything left of it the client may have written). None without a socket.
pub fn client_addr<B>(req: &http::Request<B>, proxies: &Proxies) -> Option<IpAddr> {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_canonical())?;
    if !proxies.trusts(peer) {
        return Some(peer);
    }
    let forwarded: Vec<&str> = req
        .headers()
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    for hop in forwarded.iter().rev() {
        match hop_address(hop) {
            Ok(ip) if proxies.trusts(ip) => continue,
            Ok(ip) => return Some(ip),
            Err(_) => return Some(peer),
        }
    }
    Some(peer)
}

/// One `X-Forwarded-For` hop's address: "203.0.113.9", "203.0.113.9:5000",
/// "2001:db8::1", "[2001:db8::1]:5000" (IPv4-mapped IPv6 read as IPv4).
fn hop_address(hop: &str) -> Result<IpAddr, ()> {
    let ip = hop
        .parse::<IpAddr>()
        .or_else(|_| hop.parse::<SocketAddr>().map(|s| s.ip()))
        .map_err(|_| ())?;
    Ok(ip.to_canonical())
}

/// The address used when there is none (no socket): every such request shares it.
pub const UNKNOWN: IpAddr = IpAddr::V4(Ipv4Addr::UNSPECIFIED);

/// The portal's public origin (`https://dichvucong.tinh.gov.vn`), for the addresses it
/// gives the identity provider and the gateway to come back to: `DVC_PUBLIC_ORIGIN` when
/// set (a bare http(s) origin), else the request's `Host` with `https` when `https` (the
/// portal is behind TLS) or `http`. Never `X-Forwarded-Host` or `-Proto`, which a client
/// can write.
pub fn public_origin(headers: &http::HeaderMap, https: bool) -> String {
    if let Some(origin) = std::env::var("DVC_PUBLIC_ORIGIN")
        .ok()
        .map(|o| o.trim().trim_end_matches('/').to_string())
        .filter(|o| is_bare_origin(o))
    {
        return origin;
    }
    let host = headers
        .get(http::header::HOST)
        .and_then(|v| v.to_str().ok())
        .filter(|h| {
            !h.is_empty()
                && h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .unwrap_or("127.0.0.1");
    format!("{}://{host}", if https { "https" } else { "http" })
}

/// `https://host` (with a port, if any) and nothing more.
pub fn is_bare_origin(origin: &str) -> bool {
    origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
        .is_some_and(|rest| {
            !rest.is_empty()
                && rest
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
}

/// Whether `url` names this machine (127.0.0.0/8, `localhost`, `[::1]`): a stand-in of
/// a gateway or identity provider, never the real one.
pub fn is_loopback(url: &str) -> bool {
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
        .unwrap_or("");
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return false;
    }
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => authority.split(':').next().unwrap_or(""),
    };
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(peer: &str, forwarded: &[&str]) -> http::Request<()> {
        let mut req = http::Request::get("/");
        for f in forwarded {
            req = req.header("x-forwarded-for", *f);
        }
        let mut req = req.body(()).unwrap();
        req.extensions_mut().insert(ConnectInfo(
            format!("{peer}:5000").parse::<SocketAddr>().unwrap(),
        ));
        req
    }

    #[test]
    fn a_forwarded_address_is_believed_only_from_the_portals_own_proxy() {
        let proxies = Proxies::new(vec!["10.0.0.5".parse().unwrap()]);
        let ip = |s: &str| Some(s.parse::<IpAddr>().unwrap());
        // A client writing the header itself, straight to the server: its own address.
        assert_eq!(
            client_addr(&request("203.0.113.9", &["1.2.3.4"]), &proxies),
            ip("203.0.113.9")
        );
        // Through the proxy: the address the proxy appended, not what the client wrote.
        assert_eq!(
            client_addr(&request("10.0.0.5", &["1.2.3.4, 203.0.113.9"]), &proxies),
            ip("203.0.113.9")
        );
        assert_eq!(
            client_addr(&request("10.0.0.5", &["1.2.3.4", "203.0.113.9"]), &proxies),
            ip("203.0.113.9")
        );
        assert_eq!(
            client_addr(&request("10.0.0.5", &[]), &proxies),
            ip("10.0.0.5")
        );
        assert_eq!(
            client_addr(&request("10.0.0.5", &["rác"]), &proxies),
            ip("10.0.0.5")
        );
        assert_eq!(
            client_addr(&request("10.0.0.5", &["203.0.113.9:443"]), &proxies),
            ip("203.0.113.9")
        );
        assert_eq!(
            client_addr(&request("10.0.0.5", &["[2001:db8::7]:443"]), &proxies),
            ip("2001:db8::7")
        );
        // A dual-stack listener sees the proxy as ::ffff:10.0.0.5: still the proxy.
        assert_eq!(
            client_addr(&request("[::ffff:10.0.0.5]", &["192.0.2.4"]), &proxies),
            ip("192.0.2.4")
        );
        assert_eq!(
            client_addr(&http::Request::get("/").body(()).unwrap(), &proxies),
            None
        );
    }

    #[test]
    fn the_public_origin_comes_from_configuration_not_from_forwarded_headers() {
        let mut h = http::HeaderMap::new();
        h.insert("host", "dvc.tinh.gov.vn".parse().unwrap());
        h.insert("x-forwarded-host", "evil.example".parse().unwrap());
        h.insert("x-forwarded-proto", "https".parse().unwrap());
        assert_eq!(public_origin(&h, false), "http://dvc.tinh.gov.vn");
        assert_eq!(public_origin(&h, true), "https://dvc.tinh.gov.vn");
        h.insert("host", "a.vn/evil".parse().unwrap());
        assert_eq!(public_origin(&h, false), "http://127.0.0.1");
        assert!(is_bare_origin("https://dvc.tinh.gov.vn") && !is_bare_origin("https://a.vn/x"));
    }
}
