import type { FaultMaven } from "./client";
import { ApiError, ServerUnreachableError, parseRetryAfter } from "./problem";

/** Posts a multipart form with XMLHttpRequest, whose upload events (unlike fetch's) report how much of the body has been sent. */
export function uploadWithProgress<T>(client: FaultMaven, path: string, form: FormData, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `${client.baseUrl}${path}`);
    for (const [name, value] of Object.entries(client.authHeaders())) {
      request.setRequestHeader(name, value);
    }
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        onProgress(event.loaded / event.total);
      }
    };
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = { detail: request.responseText || `The server answered ${request.status}.` };
      }
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        resolve(body as T);
      } else {
        if (request.status === 401) {
          client.reportUnauthorized(body);
        }
        reject(new ApiError(request.status, body, parseRetryAfter(request.getResponseHeader("Retry-After"))));
      }
    };
    request.onerror = () => reject(new ServerUnreachableError());
    request.send(form);
  });
}

/** Attaches one file to a case as evidence (classified, redacted and analysed by the data service). */
export function uploadEvidence<T>(client: FaultMaven, caseId: string, file: Blob, fileName: string, onProgress: (fraction: number) => void, page?: { url: string; title: string }): Promise<T> {
  const form = new FormData();
  if (page) {
    // The server reads these fields only when they come before the file part.
    form.append("source_url", page.url);
    form.append("page_title", page.title);
  }
  form.append("file", file, fileName);
  return uploadWithProgress<T>(client, `/api/v1/cases/${encodeURIComponent(caseId)}/data`, form, onProgress);
}
