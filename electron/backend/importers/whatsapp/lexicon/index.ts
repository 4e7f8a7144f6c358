// Every language the WhatsApp importer knows. Adding a language: write its file beside this one
// (see types.ts) and list it here.
import type { Lexicon } from './types';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const LEXICONS: readonly Lexicon[] = [en, de, fr, nl];
