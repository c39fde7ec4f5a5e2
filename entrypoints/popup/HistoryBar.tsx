import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/ui/i18n';
import type { PopupConnector } from './connector';
import './history.css';

/**
 * The popup's footer line about the reports kept for the history.* checks: how many, and a button
 * to forget them. When the browser's storage cannot be used (a private window, quota), it says so:
 * the year-before comparison then does not happen, and the user should know why.
 */
export function HistoryBar({ connector }: { connector: Pick<PopupConnector, 'historyCount' | 'clearHistory'> }) {
  // undefined: still counting; null: the store is unavailable.
  const [count, setCount] = useState<number | null | undefined>(undefined);
  const [cleared, setCleared] = useState(false);
  const recount = () => Promise.resolve().then(() => connector.historyCount()).then(setCount, () => setCount(null));

  useEffect(() => void recount(), [connector]);

  const clear = async () => {
    await connector.clearHistory().catch(() => {});
    await recount();
    setCleared(true);
  };

  if (count === undefined) return null;
  if (count === null)
    return (
      <p class="history-bar history-unavailable" id="history-count" data-count="" role="status">
        {t('historyUnavailable')}
      </p>
    );
  return (
    <p class="history-bar">
      <span id="history-count" data-count={count} role="status">
        {t('historyCount', count)}
        {cleared && count === 0 && <span class="history-cleared">{t('historyCleared')}</span>}
      </span>
      <button type="button" id="history-clear" class="link-button" disabled={count === 0} onClick={() => void clear()}>
        {t('historyClear')}
      </button>
    </p>
  );
}
