// Sending a large file with the share already sent reported as it goes (fetch cannot report an upload's progress).
import { ApiError, requestHeaders, toApiError } from '../api';

/**
 * POSTs the file to `/api/...` and answers the parsed JSON, calling `onProgress` with the share
 * sent (0 to 1) as the browser sends it; once all is sent the server is still reading the file.
 * Errors come as {@link ApiError}, like every other call.
 */
export function uploadWithProgress<T>(path: string, file: Blob, onProgress: (sent: number) => void): Promise<T> {
  if (!path.startsWith('/api/')) return Promise.reject(new Error(`API path must start with /api/: ${path}`));
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(requestHeaders('POST', file))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(Math.min(1, e.loaded / e.total));
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onerror = () => reject(new ApiError(0, 'network', 'network error'));
    xhr.onload = () => {
      const text = xhr.responseText;
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((text === '' ? undefined : JSON.parse(text)) as T);
        } catch (e) {
          reject(e);
        }
        return;
      }
      void toApiError(new Response(text, { status: xhr.status, statusText: xhr.statusText })).then(reject);
    };
    xhr.send(file);
  });
}
