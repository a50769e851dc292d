// Unit tests switch languages synchronously: load English once before they run.
import { loadDictionary } from '../i18n';

await loadDictionary('en');
