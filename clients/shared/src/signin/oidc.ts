/** OIDC sign-in for a browser app: authorization code with PKCE (RFC 7636), no client secret. The verifier and state wait in
 * sessionStorage during the round trip to the issuer; the access token it returns becomes the bearer token of API calls. */
export interface OidcOptions {
  authority: string;
  clientId: string;
  scope: string;
}

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
}

const pendingKey = "faultmaven.oidc.pending";
export const redirectPath = "/sign-in";

function randomText(bytes = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export async function challengeOf(verifier: string): Promise<string> {
  return base64Url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
}

/** fetch to the identity provider, whose network failure ("Failed to fetch") is told as the provider's, not this server's. */
async function fetchFromProvider(authority: string, url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (e) {
    if (e instanceof TypeError) {
      throw new Error(`The identity provider at ${authority} could not be reached: check your connection, or ask your admin whether FM_OIDC_AUTHORITY is right.`, { cause: e });
    }
    throw e;
  }
}

// Long enough for any real error description, short enough that a crafted one cannot fill the page with instructions.
const longestProviderText = 200;

/** Text the identity provider (or whoever crafted the link) wrote: one line, no control characters, cut to 200 characters, quoted. */
export function providerWords(text: string): string {
  const line = text.replace(/[\p{Cc}\p{Cf}]/gu, " ").replace(/\s+/g, " ").trim();
  return `“${line.length > longestProviderText ? `${line.slice(0, longestProviderText)}…` : line}”`;
}

// OAuth error codes are short ASCII words (RFC 6749 §4.1.2.1); anything else is not one.
const errorCode = (code: string) => (/^[A-Za-z0-9_.-]{1,40}$/.test(code) ? code : "an unrecognised error code");

async function discover(authority: string): Promise<Discovery> {
  const response = await fetchFromProvider(authority, `${authority.replace(/\/$/, "")}/.well-known/openid-configuration`);
  if (!response.ok) {
    throw new Error(`The sign-in provider at ${authority} did not describe itself (${response.status}).`);
  }
  return (await response.json()) as Discovery;
}

/** Sends the browser to the issuer's sign-in page. */
export async function beginOidcSignIn(options: OidcOptions): Promise<void> {
  const discovery = await discover(options.authority);
  const verifier = randomText();
  const state = randomText(16);
  sessionStorage.setItem(pendingKey, JSON.stringify({ verifier, state, tokenEndpoint: discovery.token_endpoint, clientId: options.clientId, authority: options.authority }));
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: options.clientId,
    redirect_uri: `${location.origin}${redirectPath}`,
    scope: options.scope,
    state,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: "S256",
  }).toString();
  location.assign(url.toString());
}

/** On return from the issuer: checks the state, exchanges the code for tokens and removes both from the address bar.
 * Returns the access token, or null when this page load is not a sign-in return. */
export async function completeOidcSignIn(): Promise<string | null> {
  const params = new URLSearchParams(location.search);
  const code = params.get("code");
  const error = params.get("error");
  if (location.pathname !== redirectPath || (!code && !error)) {
    return null;
  }
  const pending = sessionStorage.getItem(pendingKey);
  sessionStorage.removeItem(pendingKey);
  // The code is single-use and must not linger in history or be re-sent on reload.
  history.replaceState(null, "", "/");
  // Checked before an error reply too: a link anyone can craft (/sign-in?error=…) must not put their words on this page.
  if (!pending) {
    throw new Error("This sign-in was not started here; sign in again.");
  }
  const { verifier, state, tokenEndpoint, clientId, authority } = JSON.parse(pending) as { verifier: string; state: string; tokenEndpoint: string; clientId: string; authority?: string };
  if (params.get("state") !== state) {
    throw new Error("The sign-in reply does not match the request that started it; sign in again.");
  }
  // The description is the provider's text, not this app's: labelled as such, quoted and cut short.
  if (error) {
    const description = params.get("error_description");
    throw new Error(`The identity provider refused the sign-in (${errorCode(error)}).${description ? ` Its message, not FaultMaven's: ${providerWords(description)}` : ""}`);
  }
  const response = await fetchFromProvider(authority ?? new URL(tokenEndpoint).origin, tokenEndpoint, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", code: code!, redirect_uri: `${location.origin}${redirectPath}`, client_id: clientId, code_verifier: verifier }),
  });
  const tokens = (await response.json().catch(() => ({}))) as { access_token?: string; error_description?: string; error?: string };
  if (!response.ok || !tokens.access_token) {
    const said = tokens.error_description ?? tokens.error;
    throw new Error(`The identity provider did not issue a token (${response.status}).${said ? ` Its message, not FaultMaven's: ${providerWords(said)}` : ""}`);
  }
  return tokens.access_token;
}
