// Game PIN rules: 6 or 7 digits. Spaces are tolerated ("123 456" as shown on screen).

export type PinError = 'empty' | 'format';
export type PinResult = { ok: true; pin: string } | { ok: false; error: PinError };

const PIN_PATTERN = /^\d{6,7}$/;

export function validatePin(input: string): PinResult {
  const pin = input.replace(/\s+/g, '');
  if (pin === '') return { ok: false, error: 'empty' };
  return PIN_PATTERN.test(pin) ? { ok: true, pin } : { ok: false, error: 'format' };
}

/** Groups digits for reading aloud and on screen: "1234567" → "123 4567". */
export function formatPin(pin: string): string {
  return pin.length > 3 ? `${pin.slice(0, 3)} ${pin.slice(3)}` : pin;
}
