// Every language the WhatsApp importer knows. Adding a language: write its file beside this one
// (see types.ts) and list it here. Order matters only when two languages share a text: the first
// listed is credited with the match.
import type { Lexicon } from './types';
import { ar } from './ar';
import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fa } from './fa';
import { fr } from './fr';
import { he } from './he';
import { hi } from './hi';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { nl } from './nl';
import { pl } from './pl';
import { ptBR } from './pt-BR';
import { ptPT } from './pt-PT';
import { ru } from './ru';
import { sq } from './sq';
import { th } from './th';
import { tr } from './tr';
import { uk } from './uk';
import { vi } from './vi';
import { zhHans } from './zh-Hans';
import { zhHant } from './zh-Hant';

export const LEXICONS: readonly Lexicon[] = [en, de, fr, nl, es, it, ptPT, ptBR, ru, uk, cs, pl, tr, ar, he, fa, hi, id, ja, ko, zhHans, zhHant, th, vi, sq];
