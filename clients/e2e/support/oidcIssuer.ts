import { createHash, generateKeyPairSync, randomBytes, sign } from "node:crypto";
import { createServer, type Server } from "node:http";
import { freePort } from "./server";

export interface OidcIssuer {
  authority: string;
  /** Every token request: what the test can check the PKCE exchange by. */
  tokenRequests: URLSearchParams[];
  stop(): Promise<void>;
}

const base64Url = (data: Buffer | string) => Buffer.from(data).toString("base64url");

/** A real OIDC issuer on a loopback port, for one user who is already signed in there: discovery, JWKS, an authorize endpoint that
 * returns a code at once, and a token endpoint that checks the PKCE verifier against the challenge before it signs an RS256 access
 * token. The FaultMaven server validates that token exactly as it would one from a production identity provider. */
export async function startOidcIssuer(options: { clientId: string; audience: string; subject: string; roles: string[] }): Promise<OidcIssuer> {
  const port = await freePort();
  const authority = `http://127.0.0.1:${port}`;
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: "jwk" }), kid: "e2e-key", use: "sig", alg: "RS256" };
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  const tokenRequests: URLSearchParams[] = [];

  const accessToken = () => {
    const now = Math.floor(Date.now() / 1000);
    const header = base64Url(JSON.stringify({ alg: "RS256", typ: "JWT", kid: jwk.kid }));
    const payload = base64Url(
      JSON.stringify({ iss: authority, aud: options.audience, sub: options.subject, name: options.subject, roles: options.roles, iat: now, nbf: now - 60, exp: now + 3600 }),
    );
    return `${header}.${payload}.${base64Url(sign("sha256", Buffer.from(`${header}.${payload}`), privateKey))}`;
  };

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", authority);
    const json = (status: number, body: unknown) =>
      response.writeHead(status, { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*" }).end(JSON.stringify(body));
    if (url.pathname === "/.well-known/openid-configuration") {
      return json(200, {
        issuer: authority,
        authorization_endpoint: `${authority}/authorize`,
        token_endpoint: `${authority}/token`,
        jwks_uri: `${authority}/jwks`,
        response_types_supported: ["code"],
        code_challenge_methods_supported: ["S256"],
        id_token_signing_alg_values_supported: ["RS256"],
      });
    }
    if (url.pathname === "/jwks") {
      return json(200, { keys: [jwk] });
    }
    if (url.pathname === "/authorize") {
      const q = url.searchParams;
      if (q.get("client_id") !== options.clientId || q.get("response_type") !== "code" || q.get("code_challenge_method") !== "S256" || !q.get("code_challenge")) {
        return json(400, { error: "invalid_request" });
      }
      const code = randomBytes(16).toString("hex");
      codes.set(code, { challenge: q.get("code_challenge")!, redirectUri: q.get("redirect_uri")! });
      const back = new URL(q.get("redirect_uri")!);
      back.search = new URLSearchParams({ code, state: q.get("state") ?? "" }).toString();
      return response.writeHead(302, { Location: back.toString() }).end();
    }
    if (url.pathname === "/token" && request.method === "POST") {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        const form = new URLSearchParams(body);
        tokenRequests.push(form);
        const issued = codes.get(form.get("code") ?? "");
        codes.delete(form.get("code") ?? "");
        const verifier = form.get("code_verifier") ?? "";
        if (!issued || issued.redirectUri !== form.get("redirect_uri") || base64Url(createHash("sha256").update(verifier).digest()) !== issued.challenge) {
          return json(400, { error: "invalid_grant", error_description: "code, redirect URI or PKCE verifier does not match" });
        }
        return json(200, { access_token: accessToken(), token_type: "Bearer", expires_in: 3600 });
      });
      return;
    }
    json(404, { error: "not_found" });
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  return { authority, tokenRequests, stop: () => new Promise((done) => server.close(() => done())) };
}
