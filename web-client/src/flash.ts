// A message that outlives a navigation ("Đã lưu bản nháp" shown on the next screen).
import { useState } from 'preact/hooks';

let pending: string | null = null;

export function setFlash(message: string): void {
  pending = message;
}

/** The message left for this screen, taken once. */
export function useFlash(): string | null {
  const [message] = useState(() => {
    const m = pending;
    pending = null;
    return m;
  });
  return message;
}
