/** The languages the product speaks, and a value given in each of them. */
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

/** A value in both languages the product speaks. */
export interface Localized<T> {
  readonly nl: T;
  readonly en: T;
}
