// A local stand-in of the national identity provider (VNeID-style OpenID Connect) on
// 127.0.0.1, so sign-in runs end to end with no network: npm `oidc-provider` (a certified
// OpenID Provider) does the protocol — discovery, JWKS, authorization code with PKCE
// (S256, required), the token and userinfo endpoints, end-session. This file adds only
// what a real provider has and oidc-provider leaves to its host:
// - a sign-in page for made-up test citizens, each with the level of their identity
//   account (level1 = identity data only, level2 = registered in person), finishing with
//   that level as the ID token's `acr` (oidc-provider's own dev pages set no `acr`);
//   "Huỷ" finishes with `access_denied`, as a citizen cancelling on the real provider;
// - one confidential client, the demo (client_secret_basic), whose redirect addresses
//   may be on any port of 127.0.0.1 (the tests start the demo on a free port);
// - "Người dùng thử mới": a new test citizen at each choice (level 2, made-up name and
//   number), listed afterwards, so each test (and designer) can start from nobody's drafts
//   and sign in again as the same person;
// - GET /stand-in/log: what it issued, for the tests (sign-ins by citizen and level).
// The client's id and secret: DVC_OIDC_CLIENT_ID and DVC_OIDC_CLIENT_SECRET (the demo's
// values when unset). Usage: node identity/provider.mjs [--port N]
// (prints "identity-provider: http://127.0.0.1:PORT/").
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';

const CLIENT_ID = process.env.DVC_OIDC_CLIENT_ID || 'dvc-demo';
const CLIENT_SECRET = process.env.DVC_OIDC_CLIENT_SECRET || 'dvc-demo-secret-not-for-real-use';
const CALLBACK_PATH = '/dang-nhap/vneid/ket-qua';
const SIGNED_OUT_PATH = '/da-dang-xuat';

/** The test citizens: made-up people, never real identity numbers. */
export const CITIZENS = {
  an: { name: 'Nguyễn Văn An', so_dinh_danh: '001090012345', birthdate: '1990-02-05', acr: 'level2' },
  binh: { name: 'Trần Thị Bình', so_dinh_danh: '079185000123', birthdate: '1985-11-20', acr: 'level1' },
  mai: { name: 'Lò Thị Mai', so_dinh_danh: '014301000777', birthdate: '2001-07-14', acr: 'level2' },
};

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title, body) {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} – VNeID (máy thử)</title><link rel="icon" href="data:,">
<style>body{font:18px/1.5 system-ui,sans-serif;margin:0 auto;max-width:36rem;padding:1rem;color:#0b0c0c}
fieldset{border:0;padding:0;margin:0 0 1rem}legend{font-weight:bold;margin-bottom:.5rem}label{display:block;padding:.4rem 0}
input[type=radio]{width:1.5rem;height:1.5rem;vertical-align:middle;margin-right:.5rem}
button{font:inherit;padding:.5rem 1rem;margin:0 .5rem .75rem 0;min-height:44px}:focus-visible{outline:3px solid #fd0;box-shadow:0 0 0 6px #0b0c0c}</style></head>
<body><main><p>Máy thử nhà cung cấp định danh: người dùng thử, không phải dữ liệu thật.</p><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

let made = 0;
/** A new made-up level 2 citizen; returns their id. */
function newCitizen() {
  made += 1;
  const id = `thu-${made}`;
  const number = `001090${String(100000 + made).slice(-6)}`;
  CITIZENS[id] = { name: `Phạm Văn Thử`, so_dinh_danh: number, birthdate: '1990-01-15', acr: 'level2' };
  return id;
}

function signInPage(uid, asked) {
  const people = [...Object.entries(CITIZENS), ['new', { name: 'Người dùng thử mới', acr: 'level2' }]];
  const options = people.map(([id, c], i) => {
    const level = c.acr === 'level2' ? 'mức 2' : 'mức 1';
    return `<label><input type="radio" name="citizen" value="${id}"${i === 0 ? ' checked' : ''}> ${escape(c.name)}${id.startsWith('thu-') ? ` (${id})` : ''} (tài khoản ${level})</label>`;
  }).join('');
  const need = asked ? `<p>Đơn vị yêu cầu: ${escape(asked.replace('level', 'mức '))}.</p>` : '';
  return page('Đăng nhập VNeID', `${need}<form method="post" action="/interaction/${escape(uid)}">
<fieldset><legend>Người dùng thử</legend>${options}</fieldset>
<button type="submit" name="do" value="login">Đăng nhập</button><button type="submit" name="do" value="cancel">Huỷ</button></form>`);
}

async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return Object.fromEntries(new URLSearchParams(body));
}

export async function startProvider(port = 0) {
  const log = { signIns: [], endSessions: 0 };
  const http = createServer();
  await new Promise((ok) => http.listen(port, '127.0.0.1', ok));
  const issuer = `http://127.0.0.1:${http.address().port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      token_endpoint_auth_method: 'client_secret_basic',
      redirect_uris: [`http://127.0.0.1:8080${CALLBACK_PATH}`],
      post_logout_redirect_uris: [`http://127.0.0.1:8080${SIGNED_OUT_PATH}`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    }],
    pkce: { required: () => true },
    acrValues: ['level1', 'level2'],
    claims: { openid: ['sub'], profile: ['name', 'birthdate', 'so_dinh_danh'] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        // The citizen chose "Đăng xuất" on the portal; the provider asks once more, as VNeID does.
        async logoutSource(ctx, form) {
          ctx.body = page('Đăng xuất khỏi VNeID', `${form}<p>Cổng dịch vụ công đã kết thúc phiên của bạn. Đăng xuất cả khỏi VNeID?</p><button type="submit" form="op.logoutForm" name="logout" value="yes">Đăng xuất</button>`);
        },
      },
    },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: { AuthorizationCode: 60, AccessToken: 300, IdToken: 900, Interaction: 600, Session: 900, Grant: 900 },
    async findAccount(ctx, id) {
      const c = CITIZENS[id];
      if (!c) return undefined;
      return { accountId: id, claims: () => ({ sub: id, name: c.name, birthdate: c.birthdate, so_dinh_danh: c.so_dinh_danh }) };
    },
    // A first-party client: no consent screen; the grant covers what it asks.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid profile');
      await grant.save();
      return grant;
    },
  });
  // The demo listens on a free port of 127.0.0.1 in the tests: any port is its own.
  const onLoopback = (allowed, value) => {
    try {
      const u = new URL(value);
      return u.protocol === 'http:' && u.hostname === '127.0.0.1' && allowed.some((a) => new URL(a).pathname === u.pathname) && !u.search && !u.hash;
    } catch { return false; }
  };
  provider.Client.prototype.redirectUriAllowed = function (value) { return onLoopback(this.redirectUris, value); };
  provider.Client.prototype.postLogoutRedirectUriAllowed = function (value) { return onLoopback(this.postLogoutRedirectUris, value); };
  provider.on('end_session.success', () => { log.endSessions += 1; });

  const handle = provider.callback();
  http.on('request', async (req, res) => {
    const url = new URL(req.url, issuer);
    try {
      if (url.pathname === '/stand-in/log') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(log));
        return;
      }
      const m = url.pathname.match(/^\/interaction\/([\w-]+)$/);
      if (!m) return handle(req, res);
      const details = await provider.interactionDetails(req, res);
      if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(signInPage(details.uid, details.params.acr_values));
        return;
      }
      const form = await readForm(req);
      if (form.do === 'cancel') {
        await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'Người dùng đã huỷ đăng nhập' }, { mergeWithLastSubmission: false });
        return;
      }
      const citizen = form.citizen === 'new' ? newCitizen() : CITIZENS[form.citizen] ? form.citizen : 'an';
      log.signIns.push({ citizen, acr: CITIZENS[citizen].acr, asked: details.params.acr_values ?? null });
      await provider.interactionFinished(req, res, { login: { accountId: citizen, acr: CITIZENS[citizen].acr } }, { mergeWithLastSubmission: false });
    } catch (e) {
      res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' }).end(page('Không đăng nhập được', `<p>${escape(e.message)}</p>`));
    }
  });
  return { server: http, issuer, log };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--port');
  const { issuer } = await startProvider(i > 0 ? Number(process.argv[i + 1]) : 0);
  console.log(`identity-provider: ${issuer}/`);
}
