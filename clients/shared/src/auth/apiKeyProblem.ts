// Real keys are about 50 characters; anything this long was pasted by mistake, and the server would refuse the header anyway (431).
const longestKey = 4096;

/** Why a typed key cannot be an API key, or null when it can be sent. HTTP headers carry visible ASCII only: fetch throws on anything
 * else (a Cyrillic letter, an emoji, a zero-width space, the "…" of a copied placeholder) before the request leaves the browser. */
export function apiKeyProblem(key: string): string | null {
  if (!key) {
    return "Paste the API key your admin created for you.";
  }
  if (!/^[\x21-\x7E]+$/.test(key)) {
    return "The key contains characters an API key cannot have (spaces, letters outside ASCII, symbols such as … or invisible ones); copy it again from where it was given to you.";
  }
  if (key.length > longestKey) {
    return `The key is ${key.length} characters long, far longer than an API key; copy it again from where it was given to you.`;
  }
  return null;
}
