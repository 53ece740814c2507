// next-intl's types for this app: the UI locale is lib/locale.ts's `Locale` (so `useLocale()`,
// `getTranslations({ locale })` and `hasLocale` speak it), and a message key that is not in the
// English catalogue is a type error (tests/messages.test.ts keeps the Chinese one the same shape).
import type { Locale } from '../lib/locale';
import type en from '../messages/en.json';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
