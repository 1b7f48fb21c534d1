/**
 * The emergency and crisis lines both widgets link to, written as `telHref` / `smsHref` would
 * write them (a test keeps them in step), so nothing is parsed when the script starts.
 */
import type { Lang } from './i18n.js';

export const CALL_911 = 'tel:911';
/** 988 Suicide & Crisis Lifeline. */
export const CALL_988 = 'tel:988';
/** SAMHSA's National Helpline, free and open 24/7. */
export const CALL_SAMHSA = 'tel:+18006624357';
/** The same helpline for callers who are deaf or hard of hearing (TTY, or real-time text on a phone). */
export const CALL_SAMHSA_TTY = 'tel:+18004874889';
export const CALL_POISON_HELP = 'tel:+18002221222';
/**
 * National helplines that are never a center's own number (as `phone`, `sms` or a 24/7 line every
 * tap would count as a lead, and the card would offer SAMHSA as "our 24/7 line"): SAMHSA's and
 * its TTY, Poison Help, and the Lifeline's old number, which now reaches 988.
 */
export const HELPLINES: readonly string[] = ['+18006624357', '+18004874889', '+18002221222', '+18002738255'];
/** Crisis Text Line: text HOME to 741741, or AYUDA for a Spanish-speaking counselor. */
export function textCrisisLineHref(lang: Lang): string {
  return `sms:741741?body=${lang === 'es' ? 'AYUDA' : 'HOME'}`;
}
/** The 988 Lifeline's online chat (English and Spanish): a computer cannot call or text from a page. */
export const CHAT_988 = 'https://988lifeline.org/chat/';

/** Text 988; in Spanish with "AYUDA", which reaches a Spanish-speaking counselor. */
export function text988Href(lang: Lang): string {
  return lang === 'es' ? 'sms:988?body=AYUDA' : 'sms:988';
}
