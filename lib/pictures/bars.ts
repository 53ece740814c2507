/** One bar of a horizontal bar chart. */
export interface Bar {
  id: string;
  label: string;
  value: number;
  /** The value as written beside the bar. */
  shown: string;
  tone?: 'main' | 'soft';
}

export interface BarLayout {
  width: number;
  height: number;
  labelWidth: number;
  plotWidth: number;
  bars: (Bar & { y: number; height: number; width: number })[];
}

const WIDTH = 420;
const LABEL = 124;
const VALUE = 64;
const ROW = 26;
const GAP = 7;

/** Lays out bars one under another, each as long as its share of `max`, room left for its value. */
export function barChart(bars: Bar[], max: number): BarLayout {
  const plotWidth = WIDTH - LABEL - VALUE;
  return {
    width: WIDTH,
    height: bars.length * (ROW + GAP) - GAP,
    labelWidth: LABEL,
    plotWidth,
    bars: bars.map((bar, i) => ({
      ...bar,
      y: i * (ROW + GAP),
      height: ROW,
      width: max > 0 ? Math.max(0, Math.min(1, bar.value / max)) * plotWidth : 0,
    })),
  };
}
