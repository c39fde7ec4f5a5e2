import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/ui/i18n';
import type { ColumnInfo } from '@/lib/messages';

/**
 * The popup on a 年报 column (a list page of reports): what the page is, in calm words (it is not
 * a report, and that is no error), and the one action it offers: review every report it lists.
 * `alone`: the tab holds no report besides the list, so the offer is the popup's main content and
 * takes the focus (Enter starts it).
 */
export function ColumnOffer({ column, alone, onOpen }: { column: ColumnInfo; alone: boolean; onOpen: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (alone) button.current?.focus();
  }, [alone]);
  const n = column.links.length;
  return (
    <section class="column-offer" data-state={alone ? 'column' : undefined} aria-labelledby="column-offer-note">
      <p id="column-offer-note" class="state state-column">
        {t('columnNote', n)}
        {column.pages.length > 0 && <span class="column-pages">{t('columnPages', column.pages.length + 1)}</span>}
      </p>
      <button type="button" id="review-column" class="primary-button" ref={button} onClick={onOpen}>
        {t('reviewColumn', n)}
      </button>
    </section>
  );
}
