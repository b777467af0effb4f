/** Where a client keeps the API key it signs in with. The web app uses the tab's sessionStorage; the extension, chrome.storage. */
export interface CredentialStore {
  get(): string | null;
  set(key: string): void;
  clear(): void;
}

const storageKey = "faultmaven.apiKey";

/** Keeps the key for this tab only: it is gone when the tab closes and never shared with other tabs or sent anywhere but the API. */
export function sessionCredentialStore(storage: Storage = window.sessionStorage): CredentialStore {
  return {
    get: () => storage.getItem(storageKey),
    set: (key) => storage.setItem(storageKey, key),
    clear: () => storage.removeItem(storageKey),
  };
}

/** A store held in memory, filled from elsewhere (the extension loads it from chrome.storage before rendering). */
export function memoryCredentialStore(initial: string | null = null): CredentialStore {
  let key = initial;
  return {
    get: () => key,
    set: (next) => {
      key = next;
    },
    clear: () => {
      key = null;
    },
  };
}
