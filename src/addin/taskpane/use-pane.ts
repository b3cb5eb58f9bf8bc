/**
 * The pane's controller: reads the selected item, asks the server, and carries out the operator's
 * decisions. Results from an item the operator has already left are dropped (sequence number), so
 * a quick run through the inbox never shows one message's verdict on another.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallbackRequest, TicketDto, VerifyRequest, VerifyResponse } from '../../server/api-contract';
import { ApiError, type ApiClient, type ApiFailure } from '../api/api-client';
import type { Translate } from '../i18n/strings';
import { onItemChanged } from '../office/item-changed';
import type { MailboxLike } from '../office/mailbox.port';
import { isMessage, OfficeReadError, readMessage } from '../office/message-reader';
import { showNotification } from '../office/notification-bar';
import { barText } from './verdict-view';

export type PaneState =
  | { kind: 'no-item'; reason: 'none' | 'not-message' }
  | { kind: 'loading' }
  | { kind: 'error'; failure: ApiFailure | { kind: 'office'; message: string } }
  | { kind: 'ready'; message: VerifyRequest; result: VerifyResponse };

export interface PaneActions {
  refresh(): void;
  logTicket(): Promise<void>;
  recordCallback(request: CallbackRequest): Promise<void>;
  decide(to: 'rejected' | 'escalated', reason: string): Promise<void>;
  approve(): Promise<void>;
}

export interface PaneDeps {
  mailbox: MailboxLike;
  api: ApiClient;
  t: Translate;
}

export function usePane({ mailbox, api, t }: PaneDeps): {
  state: PaneState;
  busy: boolean;
  actionError: string | null;
  actions: PaneActions;
} {
  const [state, setState] = useState<PaneState>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const sequence = useRef(0);
  const current = useRef<PaneState>(state);
  current.current = state;

  const load = useCallback(async () => {
    const mine = ++sequence.current;
    const item = mailbox.item;
    setActionError(null);
    if (!item) return setState({ kind: 'no-item', reason: 'none' });
    if (!isMessage(item)) return setState({ kind: 'no-item', reason: 'not-message' });
    setState({ kind: 'loading' });
    try {
      const message = await readMessage(item);
      const result = await api.verify(message);
      if (mine !== sequence.current) return;
      setState({ kind: 'ready', message, result });
      const bar = barText(result, message, t);
      await showNotification(item, bar.tone, bar.text);
    } catch (error) {
      if (mine !== sequence.current) return;
      if (error instanceof ApiError) setState({ kind: 'error', failure: error.failure });
      else if (error instanceof OfficeReadError)
        setState({ kind: 'error', failure: { kind: 'office', message: error.message } });
      else setState({ kind: 'error', failure: { kind: 'office', message: String(error) } });
    }
  }, [mailbox, api, t]);

  // Subscribed once per mailbox; the handler always runs the latest `load`.
  const latestLoad = useRef(load);
  latestLoad.current = load;
  useEffect(() => {
    void latestLoad.current();
    void onItemChanged(mailbox, () => void latestLoad.current());
  }, [mailbox]);

  /** Runs one decision against the ticket of the message on show, creating the ticket first when needed. */
  const act = useCallback(
    async (step: (ticket: TicketDto | null, message: VerifyRequest) => Promise<TicketDto>) => {
      const shown = current.current;
      if (shown.kind !== 'ready' || busy) return;
      const mine = sequence.current;
      setBusy(true);
      setActionError(null);
      try {
        const ticket = await step(shown.result.ticket, shown.message);
        if (mine !== sequence.current) return;
        setState({ ...shown, result: { ...shown.result, ticket } });
      } catch (error) {
        if (mine !== sequence.current) return;
        setActionError(
          t('action.failed', { message: error instanceof Error ? error.message : String(error) }),
        );
      } finally {
        setBusy(false);
      }
    },
    [busy, t],
  );

  const ensureTicket = (ticket: TicketDto | null, message: VerifyRequest) =>
    ticket ? Promise.resolve(ticket) : api.createTicket({ message });

  const actions: PaneActions = {
    refresh: () => void load(),
    logTicket: () => act((ticket, message) => ensureTicket(ticket, message)),
    recordCallback: (request) =>
      act(async (ticket, message) => api.recordCallback((await ensureTicket(ticket, message)).id, request)),
    decide: (to, reason) =>
      act(async (ticket, message) =>
        api.transition((await ensureTicket(ticket, message)).id, { to, reason }),
      ),
    approve: () =>
      act(async (ticket, message) =>
        api.transition((await ensureTicket(ticket, message)).id, { to: 'approved' }),
      ),
  };
  return { state, busy, actionError, actions };
}
