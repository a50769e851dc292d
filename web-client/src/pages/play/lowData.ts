// Low-data mode, remembered on the phone: no question images and no animations, for a student
// on a small data plan or a weak connection.
import { createStore, useStore } from '../../store';

export const LOW_DATA_KEY = 'luatvui.lowData';

function stored(): boolean {
  try {
    return localStorage.getItem(LOW_DATA_KEY) === '1';
  } catch {
    return false;
  }
}

const lowData = createStore<boolean>(stored());

function apply(on: boolean): void {
  document.documentElement.classList.toggle('low-data', on);
}

// The remembered choice applies as soon as the player's screens load (the class turns animations off).
if (typeof document !== 'undefined') apply(lowData.get());

export function setLowData(on: boolean): void {
  try {
    if (on) localStorage.setItem(LOW_DATA_KEY, '1');
    else localStorage.removeItem(LOW_DATA_KEY);
  } catch {
    // Not remembered; it still applies to this page.
  }
  apply(on);
  lowData.set(on);
}

export function useLowData(): boolean {
  return useStore(lowData);
}
