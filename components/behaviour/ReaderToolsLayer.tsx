import { getTranslations } from 'next-intl/server';
import type { ArticleMeta } from '@/lib/corpus/schema';
import { FILTER_SPEAKERS, type FilterSpeaker } from '@/lib/display/state';
import type { Locale } from '@/lib/locale';
import { ReaderTools } from './ReaderTools';

/** The reading controls with their labels translated on the server: no message catalog crosses. */
export async function ReaderToolsLayer({
  locale,
  speakers,
  retired,
}: {
  locale: Locale;
  speakers: ArticleMeta['speakers'];
  /** Retired unit IDs and the unit that now holds each one's text. */
  retired: Record<string, string>;
}) {
  const t = await getTranslations('Reading');
  // The notice's text around the speaker's name, split here so the island needs no formatter.
  const [filteredBefore, filteredAfter = ''] = (t.raw('filtered') as string).split('{speaker}');
  const names = Object.fromEntries(FILTER_SPEAKERS.map((id) => [id, speakers[id]?.[locale] ?? id])) as Record<
    FilterSpeaker,
    string
  >;
  return (
    <ReaderTools
      locale={locale}
      speakers={names}
      {...(Object.keys(retired).length > 0 ? { retired } : {})}
      labels={{
        region: t('region'),
        contents: t('contents'),
        options: t('options'),
        layout: t('layout'),
        layouts: {
          'zh-en': t('layoutZhEn'),
          'en-zh': t('layoutEnZh'),
          interleaved: t('layoutInterleaved'),
          zh: t('layoutZh'),
          en: t('layoutEn'),
          study: t('layoutStudy'),
        },
        revealAll: t('revealAll'),
        hideAll: t('hideAll'),
        study: { show: t('showEnglish'), hide: t('hideEnglish') },
        pinyin: t('pinyin'),
        pinyinFailed: t('pinyinFailed'),
        words: t('words'),
        wordsFailed: t('wordsFailed'),
        listen: {
          listen: t('listen'),
          stop: t('listenStop'),
          speed: t('listenSpeed'),
          reading: t('listenReading'),
          stopped: t('listenStopped'),
          finished: t('listenFinished'),
          failed: t('listenFailed'),
          speechError: t('listenError'),
          noVoice: { zh: t('listenNoVoiceZh'), en: t('listenNoVoiceEn') },
          unsupported: t('listenUnsupported'),
        },
        speaker: t('speaker'),
        everyone: t('everyone'),
        filtered: [filteredBefore, filteredAfter],
        showEveryone: t('showEveryone'),
        theme: t('theme'),
        themes: { system: t('themeSystem'), light: t('themeLight'), dark: t('themeDark') },
        size: t('size'),
        sizes: { s: t('sizeS'), m: t('sizeM'), l: t('sizeL'), xl: t('sizeXl') },
        shortcutsTitle: t('shortcutsTitle'),
        shortcutList: {
          next: t('keyNext'),
          previous: t('keyPrevious'),
          reveal: t('keyReveal'),
          cite: t('keyCite'),
          pinyin: t('keyPinyin'),
          layout: t('keyLayout'),
          words: t('keyWords'),
          listen: t('keyListen'),
          save: t('keySave'),
          help: t('keyHelp'),
          arrows: t('keyArrows'),
          tab: t('keyTab'),
        },
        close: t('close'),
      }}
    />
  );
}
