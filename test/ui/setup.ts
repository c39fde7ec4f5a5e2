import zh from '@/public/_locales/zh_CN/messages.json';
import { setMessages } from '@/lib/ui/i18n';

/** Vitest's fake browser has no i18n: give t() the default locale so tests read real strings. */
export function useZhMessages(): void {
  setMessages(zh);
}
