import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/corpus/load';

const unit = (id: string) => loadCorpus().units.find((u) => u.id === id)!;

// The blind MQM review of 2026-11 found nine minor errors in eight units; each fix is revision 2.
const fixes: [id: string, before: RegExp, after: RegExp][] = [
  ['interpretability-02', /career .*, so strictly/, /^Chris Olah’s story .* at 22; strictly speaking/],
  ['brains-04', /and not just a small-scale map like the roundworm’s, but for very large models.*gradients to understand/, /not merely a small-scale map like the roundworm’s, but the map of a very large model\..*gradients and understand/],
  ['scaling-26', /validating experiments/, /experimental validation/],
  ['brains-06', /much more control/, /greater control/],
  ['scaling-32', /as fast as some predict, within hours or days\.$/, /won’t happen within hours or days, as some predict\.$/],
  ['claude-3-5-09', /named by its update date/, /named after its update date/],
  ['lede-01', /^Mengchen, reporting from Aofeisi$/, /^Mengchen, reporting from Aofei Temple$/],
];

describe('the review fixes', () => {
  it.each(fixes)('%s is revision 2 of 2026-11-29, keeping revision 1 in its history', (id, before, after) => {
    const { en, revision, history } = unit(id);
    expect(revision).toEqual({ number: 2, date: '2026-11-29' });
    expect(en).toMatch(after);
    expect(en).not.toMatch(before);
    expect(history).toEqual([{ number: 1, date: '2026-11-28', en: expect.stringMatching(before) }]);
  });

  it('explains the 凹非寺 dateline as a joke place name, in both languages', () => {
    const [note] = unit('lede-01').notes;
    expect(note.type).toBe('translator');
    expect(note.en).toMatch(/凹非寺.*dateline.*非 means “not,” so it is a temple that says it is not one/s);
    expect(note.zh).toMatch(/电头.*“非”字却表示“不是”.*Aofei Temple/s);
  });
});
