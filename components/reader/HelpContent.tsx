import { SHORTCUT_KEYS, SHORTCUTS, type Shortcut } from './shortcuts';

interface Props {
  title: string;
  list: Record<Shortcut | 'save' | 'arrows' | 'tab', string>;
  close: string;
}

/** The keyboard shortcuts overlay's content, loaded when the overlay first opens. */
export default function HelpContent({ title, list, close }: Props) {
  return (
    <>
      <h2 id="help-title">{title}</h2>
      <dl className="shortcut-list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut}>
            <dt>
              <kbd>{SHORTCUT_KEYS[shortcut]}</kbd>
            </dt>
            <dd>{list[shortcut]}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>s</kbd>
          </dt>
          <dd>{list.save}</dd>
        </div>
        <div>
          <dt>
            <kbd>←</kbd> <kbd>→</kbd>
          </dt>
          <dd>{list.arrows}</dd>
        </div>
        <div>
          <dt>
            <kbd>Tab</kbd>
          </dt>
          <dd>{list.tab}</dd>
        </div>
      </dl>
      <form method="dialog">
        <button type="submit" autoFocus>
          {close}
        </button>
      </form>
    </>
  );
}
